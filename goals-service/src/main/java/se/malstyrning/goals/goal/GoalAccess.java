package se.malstyrning.goals.goal;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import se.malstyrning.runtime.security.Caller;
import se.malstyrning.runtime.security.Roles;

import java.util.EnumSet;
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

    public boolean maySee(Goal goal) {
        return visibleStatuses().contains(goal.status);
    }

    public void requireWrite(GoalLevel level, String ownerOrgUnitCode) {
        if (caller.actsForEveryOrgUnit()) {
            return;
        }
        boolean boardLevel = level == GoalLevel.BOARD || level == GoalLevel.SUB_GOAL;
        if (!boardLevel || !caller.hasRole(Roles.BOARD_EDITOR) || !caller.actsFor(ownerOrgUnitCode)) {
            throw new ForbiddenException();
        }
    }

    public void requireOffice() {
        if (!caller.actsForEveryOrgUnit()) {
            throw new ForbiddenException();
        }
    }
}
