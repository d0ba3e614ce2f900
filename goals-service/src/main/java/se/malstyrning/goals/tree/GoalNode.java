package se.malstyrning.goals.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.goal.GoalView;

import java.util.List;

@Schema(name = "GoalTreeNode", description = "A goal with the goals beneath it: council goal → board goals → sub-goals")
public record GoalNode(GoalView goal, List<GoalNode> children) {
}
