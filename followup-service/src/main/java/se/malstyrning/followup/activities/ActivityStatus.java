package se.malstyrning.followup.activities;

public enum ActivityStatus {
    PLANNED, ONGOING, COMPLETED, CANCELLED
}
