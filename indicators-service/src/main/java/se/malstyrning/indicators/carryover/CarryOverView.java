package se.malstyrning.indicators.carryover;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.indicators.target.TargetView;

import java.util.List;
import java.util.UUID;

@Schema(name = "MeasurementCarryOver", description = "The targets and indicator links a goal took over from the goal it continues")
public record CarryOverView(
        UUID goalId,
        @Schema(description = "The goal it continues: the version it replaces, or the goal of an earlier mandate period it was"
                + " carried over from") UUID fromGoalId,
        @Schema(description = "Every target the goal now has from the earlier goal, each naming its origin (carriedOverFromTargetId);"
                + " change or delete them like any target") List<TargetView> targets,
        @Schema(description = "The indicators now linked to the goal from the earlier goal's links") List<UUID> linkedIndicatorIds,
        @Schema(description = "How many targets and links this call copied; 0 when they had been carried over already") int copied) {
}
