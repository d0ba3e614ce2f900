package se.malstyrning.indicators.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.runtime.openapi.OmittedWhenNull;
import se.malstyrning.runtime.rest.Links;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "GoalFulfilment", description = "The computed fulfilment of a goal, with every input shown")
public record GoalFulfilmentView(
        UUID goalId,
        @Schema(example = "0665") String area,
        @Schema(description = "The municipality's name, or the area code where it names no municipality", example = "Vaggeryd")
        String areaName,
        @OmittedWhenNull @Schema(description = "The view: only targets of indicators with this horizon; absent for all") Horizon horizon,
        FulfilmentStatus status,
        @Schema(description = "The aggregation rule in words") String rule,
        Instant computedAt,
        List<TargetFulfilment> targets,
        @Schema(description = "The goal at goals-service", example = GOAL_URL) URI goalUrl) {

    static final String GOAL_URL = "https://malstyrning.kommun.se/goals/v1/goals/0f8fad5b-d9cb-469f-a165-70867728950e";

    GoalFulfilmentView(UUID goalId, String area, String areaName, Horizon horizon, FulfilmentStatus status, String rule,
                       Instant computedAt, List<TargetFulfilment> targets) {
        this(goalId, area, areaName, horizon, status, rule, computedAt, targets, Links.goal(goalId));
    }

    @Schema(name = "TargetFulfilment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetFulfilment(UUID targetId, UUID indicatorId, String indicatorCode, Horizon horizon,
                                   FulfilmentStatus status, Double progressPercent, Latest latest, Baseline baseline,
                                   double desiredValue, int desiredYear, double acceptedValue, TrendView trend,
                                   @Schema(description = "The indicator the target is set on",
                                           example = "https://malstyrning.kommun.se/indicators/v1/indicators/7c9e6679-7425-40de-944b-e07fc1f90ae7")
                                   URI indicatorUrl) {

        TargetFulfilment(UUID targetId, UUID indicatorId, String indicatorCode, Horizon horizon, FulfilmentStatus status,
                         Double progressPercent, Latest latest, Baseline baseline, double desiredValue, int desiredYear,
                         double acceptedValue, TrendView trend) {
            this(targetId, indicatorId, indicatorCode, horizon, status, progressPercent, latest, baseline, desiredValue,
                    desiredYear, acceptedValue, trend, Links.indicator(indicatorId));
        }
    }

    @Schema(name = "LatestObservation")
    public record Latest(int period, double value, Gender gender,
                         @Schema(description = "The gender as a person reads it", example = "Totalt") String genderLabel) {

        Latest(int period, double value, Gender gender) {
            this(period, value, gender, gender.label());
        }

    }

    @Schema(name = "Baseline", description = "Nuläge")
    public record Baseline(int year, double value) {
    }

    @Schema(name = "Trend")
    public record TrendView(
            @Schema(example = Trend.METHOD) String method,
            TrendClassification classification,
            @Schema(description = "The period growth is measured from") Integer basePeriod,
            @Schema(description = "Compound annual growth rate observed, as a fraction") Double observedGrowthRate,
            @Schema(description = "Compound annual growth rate needed to reach the desired value in its year") Double requiredGrowthRate) {

        static TrendView of(Trend trend) {
            return new TrendView(Trend.METHOD, trend.classification(), trend.basePeriod(), trend.observedGrowthRate(),
                    trend.requiredGrowthRate());
        }
    }
}
