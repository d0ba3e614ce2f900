package se.malstyrning.goals.tree;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.period.MandatePeriodView;
import se.malstyrning.goals.vision.VisionView;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.util.List;

@Schema(name = "GoalTree", description = "Vision → goal areas → council goals → board goals → sub-goals, and the internal goals")
public record GoalTreeView(MandatePeriodView mandatePeriod, @OmittedWhenNull VisionView vision, List<AreaNode> areas,
                           List<GoalNode> internalGoals) {
}
