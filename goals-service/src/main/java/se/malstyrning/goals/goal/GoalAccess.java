package se.malstyrning.goals.goal;

import jakarta.enterprise.context.RequestScoped;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.security.Caller;
import se.malstyrning.runtime.security.Roles;

import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Who may see and write which goals: adopted goals are open data, drafts need a token; the office
 * writes council and internal goals; a board editor writes board goals and sub-goals of its own
 * org units only.
 */
@RequestScoped
public class GoalAccess {

    private final Caller caller;

    public GoalAccess(Caller caller) {
        this.caller = caller;
    }

    public Set<GoalStatus> visibleStatuses() {
        return caller.mayRead() ? EnumSet.allOf(GoalStatus.class) : GoalStatus.PUBLIC;
    }

    /**
     * What an open list or the goal tree shows when no status is asked for: the current goals, not the
     * versions that were replaced nor the archived ones (those stay in history and under their own id).
     */
    public Set<GoalStatus> currentStatuses() {
        Set<GoalStatus> current = EnumSet.copyOf(visibleStatuses());
        current.removeAll(GoalStatus.SUPERSEDED);
        return current;
    }

    /** The statuses a list shows: the current ones, or the one asked for if the caller may see it. */
    public Set<GoalStatus> listedStatuses(GoalStatus asked) {
        return asked == null ? currentStatuses() : visibleStatuses().contains(asked) ? Set.of(asked) : Set.of();
    }

    public boolean maySee(Goal goal) {
        return visibleStatuses().contains(goal.status);
    }

    /** The office writes every goal; a board editor only board goals and sub-goals of its own org units. */
    public void requireWrite(GoalLevel level, String ownerOrgUnitCode) {
        if (caller.actsForEveryOrgUnit()) {
            return;
        }
        boolean boardLevel = level == GoalLevel.BOARD || level == GoalLevel.SUB_GOAL;
        if (!boardLevel || !caller.hasRole(Roles.BOARD_EDITOR)) {
            caller.requireOffice("write " + level + " goals");
        }
        caller.requireActsFor(ownerOrgUnitCode, "write the goal");
    }

    public void requireOffice(String what) {
        caller.requireOffice(what);
    }

    /**
     * The office records the adoption of any goal; a board editor records its own board's adoption
     * of its own board goals and sub-goals, by its board's decision (the decision's body is the board).
     */
    public void requireAdoptionOf(GoalLevel level, Supplier<String> owner, String decisionBody) {
        if (caller.actsForEveryOrgUnit()) {
            return;
        }
        String ownerOrgUnitCode = owner.get();
        boolean boardLevel = level == GoalLevel.BOARD || level == GoalLevel.SUB_GOAL;
        if (!boardLevel || !caller.hasRole(Roles.BOARD_EDITOR)) {
            caller.requireOffice("adopt " + level + " goals");
        }
        caller.requireActsFor(ownerOrgUnitCode, "record the adoption of the goal");
        if (!ownerOrgUnitCode.equalsIgnoreCase(decisionBody)) {
            String message = "must be " + ownerOrgUnitCode + ": a board records only its own board's decision";
            throw new ProblemException(ProblemType.FORBIDDEN.problem("body: " + message,
                    List.of(new Problem.FieldError("body", message))));
        }
    }

    /** Adoption decisions are recorded by the office, or by a client holding the narrow role for it. */
    public void requireAdoptionRecorder() {
        if (!caller.hasRole(Roles.ADOPT_GOALS)) {
            caller.requireOffice("adopt goals");
        }
    }
}
