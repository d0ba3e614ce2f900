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
        @OmittedWhenNull @Schema(description = "The year the fulfilment is as of: only observations up to it count; absent for all",
                example = "2022") Integer asOfYear,
        @Schema(description = "The fulfilment rolled up from the goals that contribute to this one: its sub-goals and the board"
                + " and company goals that contribute to it, with the rule in words") RollUpView rollUp,
        @Schema(description = "The goal at goals-service", example = GOAL_URL) URI goalUrl) {

    static final String GOAL_URL = "https://malstyrning.kommun.se/goals/v1/goals/0f8fad5b-d9cb-469f-a165-70867728950e";

    GoalFulfilmentView(UUID goalId, String area, String areaName, Horizon horizon, FulfilmentStatus status, String rule,
                       Instant computedAt, List<TargetFulfilment> targets, Integer asOfYear, RollUpView rollUp) {
        this(goalId, area, areaName, horizon, status, rule, computedAt, targets, asOfYear, rollUp, Links.goal(goalId));
    }

    @Schema(name = "FulfilmentRollUp", description = "A goal's fulfilment rolled up from the goals that contribute to it")
    public record RollUpView(FulfilmentStatus status, @Schema(description = "The roll-up rule in words") String rule,
                             @Schema(description = "Each contributing goal with its overall status (own targets and own roll-up)")
                             List<Contribution> contributions) {

        static RollUpView of(RollUp.Result result) {
            return new RollUpView(result.status(), RollUp.RULE, result.contributions().stream()
                    .map(contribution -> new Contribution(contribution.goal().id(), contribution.goal().code(),
                            contribution.goal().level(), contribution.status())).toList());
        }
    }

    @Schema(name = "FulfilmentContribution")
    public record Contribution(UUID goalId, @Schema(example = "BUN1") String code, @Schema(example = "BOARD") String level,
                               FulfilmentStatus status) {
    }

    @Schema(name = "TargetFulfilment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetFulfilment(UUID targetId, UUID indicatorId, String indicatorCode, Horizon horizon,
                                   FulfilmentStatus status, Double progressPercent, Latest latest, Baseline baseline,
                                   double desiredValue, int desiredYear, double acceptedValue, TrendView trend,
                                   @Schema(description = "Whether the year of the fulfilment (asOfYear, or the latest observation's)"
                                           + " has reached the target's year: from then on the status is the judgement against the"
                                           + " target, before it the way so far") Boolean targetYearReached,
                                   @Schema(description = "The indicator the target is set on",
                                           example = "https://malstyrning.kommun.se/indicators/v1/indicators/7c9e6679-7425-40de-944b-e07fc1f90ae7")
                                   URI indicatorUrl) {

        TargetFulfilment(UUID targetId, UUID indicatorId, String indicatorCode, Horizon horizon, FulfilmentStatus status,
                         Double progressPercent, Latest latest, Baseline baseline, double desiredValue, int desiredYear,
                         double acceptedValue, TrendView trend, Boolean targetYearReached) {
            this(targetId, indicatorId, indicatorCode, horizon, status, progressPercent, latest, baseline, desiredValue,
                    desiredYear, acceptedValue, trend, targetYearReached, Links.indicator(indicatorId));
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
