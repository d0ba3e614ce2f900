package se.malstyrning.followup.consultations;

import se.malstyrning.runtime.problem.ProblemException;

/** The remiss workflow: drafted, sent to the recipients, closed for answers, compiled, decided. */
public enum ConsultationStatus {
    DRAFT, SENT, CLOSED, COMPILED, DECIDED;

    public ConsultationStatus send() {
        return move(DRAFT, SENT, "sent");
    }

    public ConsultationStatus close() {
        return move(SENT, CLOSED, "closed");
    }

    public ConsultationStatus compile() {
        return move(CLOSED, COMPILED, "compiled");
    }

    public ConsultationStatus decide() {
        return move(COMPILED, DECIDED, "decided");
    }

    public boolean isDraft() {
        return this == DRAFT;
    }

    /** Answers are taken while the consultation is out and after it closed (then late), until it is compiled. */
    public boolean acceptsResponses() {
        return this == SENT || this == CLOSED;
    }

    private ConsultationStatus move(ConsultationStatus from, ConsultationStatus to, String done) {
        if (this != from) {
            throw ProblemException.conflict("Only a consultation in status " + from + " can be " + done
                    + "; this one is " + this);
        }
        return to;
    }
}
