package se.malstyrning.followup.dialogue;

/** How the dialogue met the citizens. */
public enum DialogueForm {
    MEETING, WORKSHOP, SURVEY, DIGITAL
}
