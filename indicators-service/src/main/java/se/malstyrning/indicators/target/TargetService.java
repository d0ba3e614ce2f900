package se.malstyrning.indicators.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.client.Goal;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Targets: the office sets them for every goal, a board editor only for goals its org units own
 * (the goal's owner is asked of goals-service on every write, before anything is written).
 */
@ApplicationScoped
public class TargetService {

    private final TargetRepository targets;
    private final TargetRevisionRepository revisions;
    private final IndicatorRepository indicators;
    private final Goals goals;
    private final Caller caller;

    public TargetService(TargetRepository targets, TargetRevisionRepository revisions, IndicatorRepository indicators,
                         Goals goals, Caller caller) {
        this.targets = targets;
        this.revisions = revisions;
        this.indicators = indicators;
        this.goals = goals;
        this.caller = caller;
    }

    @Transactional
    public Page<TargetView> list(Optional<UUID> goalId, Optional<UUID> indicatorId, Optional<String> area, int limit, int offset) {
        return targets.page(goalId, indicatorId, area, limit, offset).map(TargetView::of);
    }

    @Transactional
    public TargetView get(UUID id) {
        return TargetView.of(find(id));
    }

    @Transactional
    public List<TargetRevisionView> history(UUID id) {
        if (targets.findByIdOptional(id).isEmpty() && revisions.ofTarget(id).isEmpty()) {
            throw ProblemException.notFound("target", id);
        }
        return revisions.ofTarget(id).stream().map(TargetRevisionView::of).toList();
    }

    @Transactional
    public TargetView create(TargetRequest request) {
        Indicator indicator = indicator(request);
        TargetRules.check(indicator.polarity, request);
        Goal goal = writableGoal(request.goalId());
        if (targets.exists(request.goalId(), indicator.id, request.area())) {
            throw ProblemException.conflictOnField("indicatorId", "the goal has a target for this indicator and area");
        }
        Target target = new Target();
        apply(target, request, indicator, goal);
        targets.persistAndFlush(target);
        return TargetView.of(target);
    }

    @Transactional
    public TargetView update(UUID id, String ifMatch, TargetRequest request) {
        Target target = find(id);
        Versions.requireCurrent(target.version, ifMatch, null);
        requireActsFor(target.goalOwnerOrgUnitCode);
        Indicator indicator = indicator(request);
        TargetRules.check(indicator.polarity, request);
        Goal goal = writableGoal(request.goalId());
        boolean moved = !target.goalId.equals(request.goalId()) || !target.indicator.id.equals(indicator.id)
                || !target.area.equals(request.area());
        if (moved && targets.existsOther(id, request.goalId(), indicator.id, request.area())) {
            throw ProblemException.conflictOnField("indicatorId", "the goal has a target for this indicator and area");
        }
        apply(target, request, indicator, goal);
        targets.flush();
        return TargetView.of(target);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Target target = find(id);
        Versions.requireCurrent(target.version, ifMatch, null);
        requireActsFor(target.goalOwnerOrgUnitCode);
        targets.delete(target);
    }

    private Target find(UUID id) {
        return targets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("target", id));
    }

    private Indicator indicator(TargetRequest request) {
        return indicators.findByIdOptional(request.indicatorId())
                .orElseThrow(() -> ProblemException.unprocessableField("indicatorId", "no indicator with this id"));
    }

    private Goal writableGoal(UUID goalId) {
        Goal goal = goals.goal(goalId)
                .orElseThrow(() -> ProblemException.unprocessableField("goalId", "no goal with this id at goals-service"));
        requireActsFor(goal.ownerOrgUnitCode());
        return goal;
    }

    private void requireActsFor(String orgUnitCode) {
        caller.requireActsFor(orgUnitCode, "set targets of the goal");
    }

    private static void apply(Target target, TargetRequest request, Indicator indicator, Goal goal) {
        target.goalId = goal.id();
        target.goalOwnerOrgUnitCode = goal.ownerOrgUnitCode();
        target.indicator = indicator;
        target.area = request.area();
        target.levels = TargetLevels.of(request);
    }
}
