package se.malstyrning.followup.consultations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * "Answer due in N days": fired once per recipient, reply date and number of days, as a CDI event
 * inside the transaction that records the reminder. This is the one place where notifications
 * (webhooks, mail) hook in: observe it, preferably with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so that nothing is sent for a reminder
 * that was not recorded.
 */
public record AnswerDueSoon(
        UUID consultationId,
        String subject,
        LocalDate replyDate,
        int daysBefore,
        UUID orgUnitId,
        String orgUnitCode,
        String orgUnitName) {
}
