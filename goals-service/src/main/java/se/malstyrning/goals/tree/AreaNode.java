package se.malstyrning.goals.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.area.GoalAreaView;

import java.util.List;

@Schema(name = "GoalTreeArea")
public record AreaNode(GoalAreaView area, List<GoalNode> councilGoals) {
}
