package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office's rule, per remiss, for an answer after the reply date or after the remiss was closed. */
@Schema(name = "LateAnswers", description = "ACCEPT_MARKED takes a late answer and marks it late (when and by whom"
        + " it was let in); REFUSE refuses it with a 409 problem")
public enum LateAnswers {
    ACCEPT_MARKED, REFUSE
}
