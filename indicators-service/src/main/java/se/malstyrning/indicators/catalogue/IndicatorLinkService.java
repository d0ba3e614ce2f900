package se.malstyrning.indicators.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.client.Goal;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.List;
import java.util.UUID;

/** Links of the catalogue: Agenda 2030 targets, and goals that are checked to exist at goals-service. */
@ApplicationScoped
public class IndicatorLinkService {

    private final IndicatorRepository indicators;
    private final IndicatorLinkRepository links;
    private final Goals goals;
    private final Caller caller;

    public IndicatorLinkService(IndicatorRepository indicators, IndicatorLinkRepository links, Goals goals, Caller caller) {
        this.indicators = indicators;
        this.links = links;
        this.goals = goals;
        this.caller = caller;
    }

    @Transactional
    public IndicatorLinksView links(UUID indicatorId) {
        return view(find(indicatorId).id);
    }

    @Transactional
    public IndicatorLinksView replaceSdgTargets(UUID indicatorId, SdgTargetsRequest request) {
        Indicator indicator = find(indicatorId);
        links.replaceSdgTargets(indicator, request.sdgTargets().stream().distinct().toList());
        return view(indicator.id);
    }

    /** Links a goal; linking it again changes nothing. */
    @Transactional
    public IndicatorLinksView linkGoal(UUID indicatorId, UUID goalId) {
        Indicator indicator = find(indicatorId);
        Goal goal = goals.goal(goalId).orElseThrow(() ->
                ProblemException.unprocessableField("goalId", "no goal with this id at goals-service"));
        requireMayLink(goal);
        if (!links.isLinked(indicator.id, goalId)) {
            links.link(indicator, goalId);
        }
        return view(indicator.id);
    }

    @Transactional
    public void unlinkGoal(UUID indicatorId, UUID goalId) {
        find(indicatorId);
        if (!caller.actsForEveryOrgUnit()) {
            requireMayLink(goals.goal(goalId).orElseThrow(() -> ProblemException.notFound("link to goal", goalId)));
        }
        if (!links.unlink(indicatorId, goalId)) {
            throw ProblemException.notFound("link to goal", goalId);
        }
    }

    /** The office links any goal; a board editor only its own board's goals (the goal's owner is its org unit). */
    private void requireMayLink(Goal goal) {
        if (caller.actsForEveryOrgUnit()) {
            return;
        }
        if (goal.ownerOrgUnitCode() == null) {
            caller.requireOffice("link indicators to the goal");
        }
        caller.requireActsFor(goal.ownerOrgUnitCode(), "link indicators to the goal");
    }

    private Indicator find(UUID id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("indicator", id));
    }

    private IndicatorLinksView view(UUID indicatorId) {
        List<IndicatorGoal> goalLinks = links.goalLinks(indicatorId);
        return new IndicatorLinksView(indicatorId, links.sdgTargets(indicatorId), goalLinks.stream().map(link -> link.goalId).toList(),
                goalLinks.stream().map(link -> new IndicatorLinksView.GoalLink(link.goalId, link.carriedOverFromGoalId)).toList());
    }
}
