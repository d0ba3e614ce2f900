package se.malstyrning.indicators.fulfilment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.runtime.openapi.OmittedWhenNull;
import se.malstyrning.runtime.rest.Links;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "GoalTreeFulfilment", description = "The computed fulfilment of every goal of a mandate period's tree, with every input shown")
public record GoalTreeFulfilmentView(
        UUID mandatePeriodId,
        @Schema(example = "0665") String area,
        @Schema(description = "The municipality's name, or the area code where it names no municipality", example = "Vaggeryd")
        String areaName,
        @OmittedWhenNull @Schema(description = "The view: only targets of indicators with this horizon; absent for all") Horizon horizon,
        @Schema(description = "The aggregation rule of each goal in words") String rule,
        Instant computedAt,
        @Schema(description = "Each goal of the tree once, depth first from the council goals, then the internal goals")
        List<GoalFulfilment> goals,
        @OmittedWhenNull @Schema(description = "The year the fulfilment is as of: only observations up to it count; absent for all",
                example = "2022") Integer asOfYear,
        @Schema(description = "The roll-up rule of each goal in words") String rollUpRule) {

    @Schema(name = "GoalInTreeFulfilment")
    public record GoalFulfilment(UUID goalId, @Schema(example = "KF1") String code,
                                 @Schema(example = "COUNCIL") String level, FulfilmentStatus status,
                                 List<GoalFulfilmentView.TargetFulfilment> targets,
                                 @Schema(description = "The fulfilment rolled up from the goals of the tree that contribute to this one")
                                 FulfilmentStatus rollUpStatus,
                                 @Schema(description = "The goal at goals-service", example = GoalFulfilmentView.GOAL_URL) URI goalUrl) {

        GoalFulfilment(UUID goalId, String code, String level, FulfilmentStatus status,
                       List<GoalFulfilmentView.TargetFulfilment> targets, FulfilmentStatus rollUpStatus) {
            this(goalId, code, level, status, targets, rollUpStatus, Links.goal(goalId));
        }
    }
}
