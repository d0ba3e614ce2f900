package se.malstyrning.indicators.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.client.Goal;
import se.malstyrning.indicators.client.Goals;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Computes a goal's fulfilment for an area from its targets and the total (gender T) series of their indicators. */
@ApplicationScoped
public class FulfilmentService {

    private final Goals goals;
    private final TargetRepository targets;
    private final ObservationStore observations;
    private final Caller caller;

    public FulfilmentService(Goals goals, TargetRepository targets, ObservationStore observations, Caller caller) {
        this.goals = goals;
        this.targets = targets;
        this.observations = observations;
        this.caller = caller;
    }

    /** Open data for adopted goals; other goals only for callers with a token. */
    @Transactional
    public GoalFulfilmentView ofGoal(UUID goalId, String area, Optional<Horizon> horizon) {
        Goal goal = goals.goal(goalId).orElseThrow(() -> ProblemException.notFound("goal", goalId));
        if (!goal.isAdopted() && caller.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "goal " + goalId + " is not adopted: sign in to see it");
        }
        List<GoalFulfilmentView.TargetFulfilment> assessed = targets.forGoalAndArea(goalId, area).stream()
                .filter(target -> horizon.isEmpty() || target.indicator.horizon == horizon.get())
                .map(this::assess)
                .toList();
        FulfilmentStatus status = GoalRule.aggregate(assessed.stream().map(GoalFulfilmentView.TargetFulfilment::status).toList());
        return new GoalFulfilmentView(goalId, area, horizon.orElse(null), status, GoalRule.RULE, Instant.now(), assessed);
    }

    private GoalFulfilmentView.TargetFulfilment assess(Target target) {
        TargetLevels levels = target.levels;
        TargetValues values = new TargetValues(target.indicator.polarity, levels.baselineValue, levels.baselineYear,
                levels.desiredValue, levels.desiredYear, levels.acceptedValue);
        List<SeriesPoint> series = observations.series(target.indicator.id, target.area, Gender.T);
        TargetAssessment assessment = TargetAssessment.of(values, series);
        SeriesPoint latest = assessment.latest();
        return new GoalFulfilmentView.TargetFulfilment(target.id, target.indicator.id, target.indicator.code,
                target.indicator.horizon, assessment.status(), assessment.progressPercent(),
                latest == null ? null : new GoalFulfilmentView.Latest(latest.period(), latest.value(), Gender.T),
                new GoalFulfilmentView.Baseline(levels.baselineYear, levels.baselineValue),
                levels.desiredValue, levels.desiredYear, levels.acceptedValue,
                GoalFulfilmentView.TrendView.of(assessment.trend()));
    }
}
