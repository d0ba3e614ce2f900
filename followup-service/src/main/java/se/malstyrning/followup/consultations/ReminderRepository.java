package se.malstyrning.followup.consultations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReminderRepository implements PanacheRepositoryBase<ConsultationReminder, UUID> {

    /** Records the reminder unless it was recorded before (by this or another instance); true when recorded now. */
    public boolean recordOnce(UUID consultationId, UUID recipientId, LocalDate replyDate, int daysBefore, Instant at) {
        return getEntityManager().createNativeQuery("""
                        insert into consultation_reminder (id, consultation_id, recipient_id, reply_date, days_before, sent_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict on constraint reminder_once do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, consultationId).setParameter(3, recipientId)
                .setParameter(4, replyDate).setParameter(5, daysBefore).setParameter(6, at)
                .executeUpdate() == 1;
    }

    public List<ConsultationReminder> listByConsultation(UUID consultationId) {
        return list("consultationId", Sort.ascending("sentAt", "id"), consultationId);
    }
}
