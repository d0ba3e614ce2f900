package se.malstyrning.indicators.carryover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.IndicatorGoal;
import se.malstyrning.indicators.catalogue.IndicatorLinkRepository;
import se.malstyrning.indicators.client.Goal;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.indicators.target.Target;
import se.malstyrning.indicators.target.TargetRepository;
import se.malstyrning.indicators.target.TargetView;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;
import se.malstyrning.runtime.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Targets and indicator links follow a goal to its new version (or into a new mandate period): each
 * target and link of the goal it continues is copied to it, naming its origin, unless it has one for
 * the same indicator (and area) already. goals-service names the goal it continues; asking again
 * copies nothing twice.
 */
@ApplicationScoped
public class CarryOverService {

    private final Goals goals;
    private final TargetRepository targets;
    private final IndicatorLinkRepository links;
    private final Caller caller;

    public CarryOverService(Goals goals, TargetRepository targets, IndicatorLinkRepository links, Caller caller) {
        this.goals = goals;
        this.targets = targets;
        this.links = links;
        this.caller = caller;
    }

    @Transactional
    public CarryOverView carryOver(UUID goalId) {
        Goal goal = goals.goal(goalId).orElseThrow(() -> ProblemException.notFound("goal", goalId));
        if (!caller.hasRole(Roles.CARRY_OVER_MEASUREMENT)) {
            caller.requireActsFor(goal.ownerOrgUnitCode(), "carry the targets over to the goal");
        }
        UUID from = goal.continues();
        if (from == null) {
            throw ProblemException.conflict("Goal " + goal.code() + " is neither a new version of a goal nor carried over from"
                    + " another mandate period: there is nothing to carry over");
        }
        int copied = 0;
        for (Target earlier : targets.forGoal(from)) {
            if (!targets.exists(goalId, earlier.indicator.id, earlier.area)) {
                targets.persist(earlier.carriedOverTo(goalId, goal.ownerOrgUnitCode()));
                copied++;
            }
        }
        for (IndicatorGoal link : links.linksOfGoal(from)) {
            if (!links.isLinked(link.indicator.id, goalId)) {
                links.linkCarriedOver(link.indicator, goalId, from);
                copied++;
            }
        }
        targets.flush();
        List<TargetView> carried = targets.forGoal(goalId).stream()
                .filter(target -> target.carriedOverFromTargetId != null).map(TargetView::of).toList();
        List<UUID> linked = links.linksOfGoal(goalId).stream()
                .filter(link -> from.equals(link.carriedOverFromGoalId)).map(link -> link.indicator.id).toList();
        return new CarryOverView(goalId, from, carried, linked, copied);
    }
}
