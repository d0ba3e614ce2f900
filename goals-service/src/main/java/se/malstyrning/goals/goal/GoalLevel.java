package se.malstyrning.goals.goal;

/** The level of a goal in the chain. */
public enum GoalLevel {
    COUNCIL, BOARD, SUB_GOAL, INTERNAL
}
