package se.malstyrning.followup.assessments;

/** The board's own judgement of how far the goal is fulfilled. */
public enum Judgement {
    ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, NOT_ASSESSABLE
}
