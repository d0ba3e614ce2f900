package se.malstyrning.followup.assessments;

import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssessmentStatusTest {

    @Test
    void shouldApproveASubmittedAssessment() {
        assertEquals(AssessmentStatus.APPROVED, AssessmentStatus.SUBMITTED.approve());
    }

    @Test
    void shouldTakeAReturnedAssessmentSubmittedAgain() {
        assertEquals(AssessmentStatus.SUBMITTED, AssessmentStatus.SUBMITTED.returnForChanges().resubmit());
    }

    @Test
    void shouldRefuseToApproveAReturnedAssessment() {
        assertThrows(ProblemException.class, AssessmentStatus.RETURNED::approve);
    }

    @Test
    void shouldRefuseToReturnAnApprovedAssessment() {
        assertThrows(ProblemException.class, AssessmentStatus.APPROVED::returnForChanges);
    }

    @Test
    void shouldKeepAnApprovedAssessmentFinal() {
        ProblemException refused = assertThrows(ProblemException.class, AssessmentStatus.APPROVED::resubmit);
        assertEquals(409, refused.problem().status());
    }
}
