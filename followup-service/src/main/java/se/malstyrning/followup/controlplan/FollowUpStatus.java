package se.malstyrning.followup.controlplan;

/** Where the follow-up of a control stands; a deviation is reported to the board. */
public enum FollowUpStatus {
    NOT_STARTED, IN_PROGRESS, DONE_WITHOUT_DEVIATION, DONE_WITH_DEVIATION
}
