package se.malstyrning.indicators.changes;

/** The kinds of resource in the change feed (their entities are marked {@code @InChangeFeed} with these names). */
public enum ResourceType {
    INDICATOR, TARGET, MUNICIPALITY_GROUP
}
