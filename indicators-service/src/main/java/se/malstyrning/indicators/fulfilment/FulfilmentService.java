package se.malstyrning.indicators.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.client.Goal;
import se.malstyrning.indicators.client.GoalTree;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.indicators.municipality.MunicipalityRepository;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.SeriesPoint;
import se.malstyrning.indicators.target.Target;
import se.malstyrning.indicators.target.TargetLevels;
import se.malstyrning.indicators.target.TargetRepository;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;
import se.malstyrning.runtime.security.Caller;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Computes a goal's fulfilment for an area from its targets and the total (gender T) series of their indicators. */
@ApplicationScoped
public class FulfilmentService {

    private final MunicipalityRepository municipalities;
    private final Goals goals;
    private final TargetRepository targets;
    private final ObservationStore observations;
    private final Caller caller;

    public FulfilmentService(Goals goals, TargetRepository targets, ObservationStore observations, Caller caller,
                             MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
        this.goals = goals;
        this.targets = targets;
        this.observations = observations;
        this.caller = caller;
    }

    private String areaName(String area) {
        return municipalities.title(area).orElse(area);
    }

    /**
     * Open data for adopted goals; other goals only for callers with a token. The fulfilment as of a year
     * (only observations up to it count; without one, all), with the roll-up from the goals that contribute
     * to it in its mandate period's tree as the caller sees it.
     */
    @Transactional
    public GoalFulfilmentView ofGoal(UUID goalId, String area, Optional<Horizon> horizon, Optional<Integer> asOfYear) {
        Goal goal = goals.goal(goalId).orElseThrow(() -> ProblemException.notFound("goal", goalId));
        if (!goal.isAdopted() && caller.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "goal " + goalId + " is not adopted: sign in to see it");
        }
        List<Goal> inTree = goal.mandatePeriodId() == null ? List.of()
                : goals.tree(goal.mandatePeriodId()).map(GoalTree::goals).orElse(List.of());
        List<UUID> ids = Stream.concat(Stream.of(goalId), inTree.stream().map(Goal::id))
                .distinct().toList();
        Map<UUID, List<GoalFulfilmentView.TargetFulfilment>> assessed = assess(ids, area, horizon, asOfYear);
        List<GoalFulfilmentView.TargetFulfilment> own = assessed.getOrDefault(goalId, List.of());
        RollUp.Result rollUp = rollUp(inTree, assessed).of(goalId);
        return new GoalFulfilmentView(goalId, area, areaName(area), horizon.orElse(null), aggregate(own), GoalRule.RULE, Instant.now(),
                own, asOfYear.orElse(null), GoalFulfilmentView.RollUpView.of(rollUp));
    }

    /**
     * Every goal of a mandate period's tree that the caller may see (without a token the adopted ones, as
     * goals-service shows them), in one answer: one call to goals-service and two queries whatever the size.
     */
    @Transactional
    public GoalTreeFulfilmentView ofTree(UUID mandatePeriodId, String area, Optional<Horizon> horizon, Optional<Integer> asOfYear) {
        List<Goal> inTree = goals.tree(mandatePeriodId)
                .orElseThrow(() -> ProblemException.notFound("mandate period", mandatePeriodId)).goals();
        Map<UUID, List<GoalFulfilmentView.TargetFulfilment>> assessed = assess(inTree.stream().map(Goal::id).toList(), area, horizon,
                asOfYear);
        RollUp rollUp = rollUp(inTree, assessed);
        List<GoalTreeFulfilmentView.GoalFulfilment> fulfilments = inTree.stream().map(goal -> {
            List<GoalFulfilmentView.TargetFulfilment> targetsOfGoal = assessed.getOrDefault(goal.id(), List.of());
            return new GoalTreeFulfilmentView.GoalFulfilment(goal.id(), goal.code(), goal.level(), aggregate(targetsOfGoal), targetsOfGoal,
                    rollUp.of(goal.id()).status());
        }).toList();
        return new GoalTreeFulfilmentView(mandatePeriodId, area, areaName(area), horizon.orElse(null), GoalRule.RULE, Instant.now(),
                fulfilments, asOfYear.orElse(null), RollUp.RULE);
    }

    private static RollUp rollUp(List<Goal> inTree, Map<UUID, List<GoalFulfilmentView.TargetFulfilment>> assessed) {
        Map<UUID, List<FulfilmentStatus>> own = assessed.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(GoalFulfilmentView.TargetFulfilment::status).toList()));
        return new RollUp(inTree, own);
    }

    /** The assessed targets of the goals for the area, per goal, from one query for the targets and one for all their series. */
    private Map<UUID, List<GoalFulfilmentView.TargetFulfilment>> assess(List<UUID> goalIds, String area, Optional<Horizon> horizon,
                                                                         Optional<Integer> asOfYear) {
        List<Target> found = targets.forGoalsAndArea(goalIds, area).stream()
                .filter(target -> horizon.isEmpty() || target.indicator.horizon == horizon.get())
                .toList();
        Map<UUID, List<SeriesPoint>> series = observations.series(
                found.stream().map(target -> target.indicator.id).collect(Collectors.toSet()), area, Gender.T);
        return found.stream().collect(Collectors.groupingBy(target -> target.goalId, LinkedHashMap::new,
                Collectors.mapping(target -> assess(target, upTo(series.getOrDefault(target.indicator.id, List.of()), asOfYear), asOfYear),
                        Collectors.toList())));
    }

    /** The observations of the years up to the as-of year: a follow-up of 2022 is judged on the data of 2022. */
    private static List<SeriesPoint> upTo(List<SeriesPoint> series, Optional<Integer> asOfYear) {
        return asOfYear.map(year -> series.stream().filter(point -> point.period() <= year).toList()).orElse(series);
    }

    private static FulfilmentStatus aggregate(List<GoalFulfilmentView.TargetFulfilment> assessed) {
        return GoalRule.aggregate(assessed.stream().map(GoalFulfilmentView.TargetFulfilment::status).toList());
    }

    private static GoalFulfilmentView.TargetFulfilment assess(Target target, List<SeriesPoint> series, Optional<Integer> asOfYear) {
        TargetLevels levels = target.levels;
        TargetValues values = new TargetValues(target.indicator.polarity, levels.baselineValue, levels.baselineYear,
                levels.desiredValue, levels.desiredYear, levels.acceptedValue);
        TargetAssessment assessment = TargetAssessment.of(values, series);
        SeriesPoint latest = assessment.latest();
        return new GoalFulfilmentView.TargetFulfilment(target.id, target.indicator.id, target.indicator.code,
                target.indicator.horizon, assessment.status(), assessment.progressPercent(),
                latest == null ? null : new GoalFulfilmentView.Latest(latest.period(), latest.value(), Gender.T),
                new GoalFulfilmentView.Baseline(levels.baselineYear, levels.baselineValue),
                levels.desiredValue, levels.desiredYear, levels.acceptedValue,
                GoalFulfilmentView.TrendView.of(assessment.trend()),
                TargetAssessment.targetYearReached(levels.desiredYear, asOfYear, latest));
    }
}
