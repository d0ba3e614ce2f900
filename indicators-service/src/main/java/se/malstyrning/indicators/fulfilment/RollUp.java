package se.malstyrning.indicators.fulfilment;

import se.malstyrning.indicators.client.Goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How a goal's fulfilment rolls up from the goals that contribute to it: its sub-goals (parentGoalId)
 * and the board and company goals that name it in contributesTo. Each contributing goal counts with
 * its overall status (its own targets and, in turn, its own contributors, by {@link GoalRule}), and
 * the roll-up is {@link GoalRule} applied to those statuses.
 */
public final class RollUp {

    public static final String RULE = "The roll-up counts each contributing goal (the sub-goals and the board and company goals"
            + " that contribute to this goal) with its overall status: its own targets together with its own roll-up. The"
            + " contributing goals' statuses are combined as a goal's targets are: contributing goals without data are shown"
            + " but not counted; ACHIEVED when every one with data is achieved, NOT_ACHIEVED when none with data is achieved or"
            + " partly achieved, NO_DATA when none has data, and PARTLY_ACHIEVED otherwise.";

    /** One contributing goal with its overall status. */
    public record Contribution(Goal goal, FulfilmentStatus status) {
    }

    /** The roll-up of one goal: the status of its contributors combined, and each contributor. */
    public record Result(FulfilmentStatus status, List<Contribution> contributions) {
    }

    private final Map<UUID, List<Goal>> contributors = new HashMap<>();
    private final Map<UUID, List<FulfilmentStatus>> own;
    private final Map<UUID, FulfilmentStatus> overall = new HashMap<>();

    /**
     * @param goals      the goals of a mandate period's tree
     * @param ownTargets the statuses of each goal's own targets
     */
    public RollUp(List<Goal> goals, Map<UUID, List<FulfilmentStatus>> ownTargets) {
        this.own = ownTargets;
        for (Goal goal : goals) {
            Set<UUID> above = new HashSet<>();
            if (goal.parentGoalId() != null) {
                above.add(goal.parentGoalId());
            }
            if (goal.contributesTo() != null) {
                above.addAll(goal.contributesTo());
            }
            above.forEach(id -> contributors.computeIfAbsent(id, key -> new ArrayList<>()).add(goal));
        }
    }

    public Result of(UUID goalId) {
        List<Contribution> contributions = contributors.getOrDefault(goalId, List.of()).stream()
                .map(goal -> new Contribution(goal, overall(goal.id(), new HashSet<>()))).toList();
        return new Result(GoalRule.aggregate(contributions.stream().map(Contribution::status).toList()), contributions);
    }

    /** A goal's own targets and its contributors' overall statuses, combined by {@link GoalRule}. */
    public FulfilmentStatus overall(UUID goalId) {
        return overall(goalId, new HashSet<>());
    }

    private FulfilmentStatus overall(UUID goalId, Set<UUID> seen) {
        FulfilmentStatus known = overall.get(goalId);
        if (known != null) {
            return known;
        }
        if (!seen.add(goalId)) {
            return FulfilmentStatus.NO_DATA;
        }
        List<FulfilmentStatus> statuses = new ArrayList<>(own.getOrDefault(goalId, List.of()));
        contributors.getOrDefault(goalId, List.of()).forEach(goal -> statuses.add(overall(goal.id(), seen)));
        FulfilmentStatus status = GoalRule.aggregate(statuses);
        overall.put(goalId, status);
        return status;
    }
}
