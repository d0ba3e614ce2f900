package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reminders before the reply date: the recipients of a sent remiss that have not answered when the
 * reply date is at most N days away are listed, and the scheduled job records one reminder for each
 * (never twice) and publishes the {@code consultation.answer-due} webhook event for it in the same
 * transaction (so a reminder is announced exactly when it is recorded).
 */
@ApplicationScoped
public class ReminderService {

    private final ConsultationService consultationService;
    private final ConsultationRepository consultations;
    private final ResponseRepository responses;
    private final ReminderRepository reminders;
    private final ReminderSettings settings;
    private final ConsultationEvents events;

    public ReminderService(ConsultationService consultationService, ConsultationRepository consultations,
                           ResponseRepository responses, ReminderRepository reminders, ReminderSettings settings,
                           ConsultationEvents events) {
        this.consultationService = consultationService;
        this.consultations = consultations;
        this.responses = responses;
        this.reminders = reminders;
        this.settings = settings;
        this.events = events;
    }

    public int defaultDaysBefore() {
        return settings.daysBefore();
    }

    /** The recipients that have not answered although the reply date is at most daysBefore days away (and not past). */
    public List<RecipientView> unanswered(UUID id, int daysBefore) {
        Consultation consultation = consultationService.readable(id);
        return unansweredRecipients(consultation, ConsultationService.today(), daysBefore).stream()
                .map(RecipientView::of).toList();
    }

    public List<ReminderView> sent(UUID id) {
        Consultation consultation = consultationService.readable(id);
        Map<UUID, Recipient> recipients = consultation.recipients.stream()
                .collect(Collectors.toMap(recipient -> recipient.id, Function.identity()));
        return reminders.listByConsultation(id).stream().map(reminder -> {
            Recipient recipient = recipients.get(reminder.recipientId);
            return new ReminderView(recipient.orgUnitId, recipient.orgUnitCode, recipient.orgUnitName,
                    reminder.replyDate, reminder.daysBefore, reminder.sentAt);
        }).toList();
    }

    /** Records a reminder for every recipient due one on this day that has none yet; the number recorded. */
    @Transactional
    public int remindDue(LocalDate today) {
        int daysBefore = settings.daysBefore();
        int recorded = 0;
        List<Consultation> due = consultations.list("status = ?1 and replyDate >= ?2 and replyDate <= ?3",
                ConsultationStatus.SENT, today, today.plusDays(daysBefore));
        Instant now = Instant.now();
        for (Consultation consultation : due) {
            for (Recipient recipient : unansweredRecipients(consultation, today, daysBefore)) {
                if (reminders.recordOnce(consultation.id, recipient.id, consultation.replyDate, daysBefore, now)) {
                    events.answerDue(consultation, recipient, ChronoUnit.DAYS.between(today, consultation.replyDate));
                    recorded++;
                }
            }
        }
        return recorded;
    }

    private List<Recipient> unansweredRecipients(Consultation consultation, LocalDate today, int daysBefore) {
        if (consultation.status != ConsultationStatus.SENT || consultation.replyDate == null
                || today.isAfter(consultation.replyDate) || today.plusDays(daysBefore).isBefore(consultation.replyDate)) {
            return List.of();
        }
        Set<UUID> answered = responses.listByConsultation(consultation.id).stream()
                .map(response -> response.recipientId).collect(Collectors.toSet());
        return consultation.recipients.stream().filter(recipient -> !answered.contains(recipient.id)).toList();
    }
}
