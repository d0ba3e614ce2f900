package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an answer is late: it came after the reply date had ended, or after the office closed the remiss. */
@Schema(name = "LateReason")
public enum LateReason {
    AFTER_REPLY_DATE, AFTER_CLOSING
}
