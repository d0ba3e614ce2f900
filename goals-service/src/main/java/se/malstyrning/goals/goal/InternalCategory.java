package se.malstyrning.goals.goal;

/** The internal prerequisite goals beside the four council goals. */
public enum InternalCategory {
    ECONOMY, HR_POLICY, ENVIRONMENT
}
