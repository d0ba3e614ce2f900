package se.malstyrning.followup.changes;

/** The kinds of resource in the change feed (their entities are marked {@code @InChangeFeed} with these names). */
public enum ResourceType {
    CASE, MEETING, DECISION, CONSULTATION, CONSULTATION_RESPONSE, FOLLOW_UP_CYCLE, ASSESSMENT, ACTIVITY, INTERNAL_CONTROL_PLAN, RISK, CITIZEN_DIALOGUE
}
