package se.malstyrning.followup.consultations;

import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationStatusTest {

    @Test
    void shouldGoFromDraftThroughSentClosedAndCompiledToDecided() {
        assertEquals(ConsultationStatus.DECIDED, ConsultationStatus.DRAFT.send().close().compile().decide());
    }

    @Test
    void shouldRefuseToSendAConsultationTwice() {
        ProblemException refused = assertThrows(ProblemException.class, ConsultationStatus.SENT::send);
        assertEquals(409, refused.problem().status());
    }

    @Test
    void shouldRefuseToCompileBeforeClosing() {
        assertThrows(ProblemException.class, ConsultationStatus.SENT::compile);
    }

    @Test
    void shouldRefuseToDecideOnAnUncompiledConsultation() {
        assertThrows(ProblemException.class, ConsultationStatus.CLOSED::decide);
    }

    @Test
    void shouldRefuseToCloseADraft() {
        assertThrows(ProblemException.class, ConsultationStatus.DRAFT::close);
    }

    @Test
    void shouldTakeAnswersOnlyWhileSentOrClosed() {
        assertFalse(ConsultationStatus.DRAFT.acceptsResponses());
        assertTrue(ConsultationStatus.SENT.acceptsResponses());
        assertTrue(ConsultationStatus.CLOSED.acceptsResponses());
        assertFalse(ConsultationStatus.COMPILED.acceptsResponses());
        assertFalse(ConsultationStatus.DECIDED.acceptsResponses());
    }

    @Test
    void shouldCountAnAnswerOnTheReplyDateInSwedenAsInTime() {
        Consultation consultation = new Consultation();
        consultation.replyDate = LocalDate.parse("2019-10-31");
        // 23:30 in Stockholm on the reply date is 22:30 UTC.
        assertFalse(consultation.isLate(Instant.parse("2019-10-31T22:30:00Z")));
    }

    @Test
    void shouldCountAnAnswerAfterMidnightInSwedenAsLate() {
        Consultation consultation = new Consultation();
        consultation.replyDate = LocalDate.parse("2019-10-31");
        // 00:30 in Stockholm on the day after is still the reply date in UTC.
        assertTrue(consultation.isLate(Instant.parse("2019-10-31T23:30:00Z")));
    }
}
