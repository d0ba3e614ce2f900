package se.malstyrning.indicators.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.util.List;
import java.util.UUID;

@Schema(name = "IndicatorLinks", description = "The Agenda 2030 targets an indicator follows and the goals it measures")
public record IndicatorLinksView(UUID indicatorId, @Schema(example = "[\"4.1\", \"8.5\"]") List<String> sdgTargets, List<UUID> goalIds,
                                 @Schema(description = "The goal links, each naming the goal it was carried over from, if any")
                                 List<GoalLink> goalLinks) {

    @Schema(name = "IndicatorGoalLink")
    public record GoalLink(UUID goalId,
                           @OmittedWhenNull @Schema(description = "The earlier version (or the goal of an earlier mandate period)"
                                   + " whose link this one was carried over from") UUID carriedOverFromGoalId) {
    }
}
