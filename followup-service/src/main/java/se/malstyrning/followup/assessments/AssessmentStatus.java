package se.malstyrning.followup.assessments;

import se.malstyrning.runtime.problem.ProblemException;

/** A board submits its assessment; the office approves it or returns it for changes, and it is submitted again. */
public enum AssessmentStatus {
    SUBMITTED, APPROVED, RETURNED;

    public AssessmentStatus approve() {
        requireSubmitted("approved");
        return APPROVED;
    }

    public AssessmentStatus returnForChanges() {
        requireSubmitted("returned");
        return RETURNED;
    }

    public AssessmentStatus resubmit() {
        if (this == APPROVED) {
            throw ProblemException.conflict("An approved assessment is final and cannot be submitted again");
        }
        return SUBMITTED;
    }

    private void requireSubmitted(String done) {
        if (this != SUBMITTED) {
            throw ProblemException.conflict("Only a submitted assessment can be " + done + "; this one is " + this);
        }
    }
}
