package se.malstyrning.goals.history;

/** The kinds of resource whose changes are recorded, with their revision tables and paths. */
public enum ResourceType {
    GOAL("goal_aud", "/goals/v1/goals/", true),
    GOAL_AREA("goal_area_aud", "/goals/v1/goal-areas/", true),
    VISION("vision_aud", "/goals/v1/visions/", true),
    STEERING_DOCUMENT("steering_document_aud", "/goals/v1/steering-documents/", false),
    ORG_UNIT("org_unit_aud", "/goals/v1/org-units/", false);

    final String auditTable;
    final String path;
    /** Whether the resource has a status, so that drafts can be kept out of the open feed. */
    final boolean hasStatus;

    ResourceType(String auditTable, String path, boolean hasStatus) {
        this.auditTable = auditTable;
        this.path = path;
        this.hasStatus = hasStatus;
    }
}
