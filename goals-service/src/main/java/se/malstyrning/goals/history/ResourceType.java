package se.malstyrning.goals.history;

/** The kinds of resource in the change feed (their entities are marked {@code @InChangeFeed} with these names). */
public enum ResourceType {
    GOAL, GOAL_AREA, VISION, STEERING_DOCUMENT, ORG_UNIT
}
