package se.malstyrning.followup.consultations;

/** What a recipient answers to the proposal, or that it declines to answer. */
public enum Position {
    SUPPORTS, SUPPORTS_WITH_CHANGES, OPPOSES, NO_OPINION, DECLINED
}
