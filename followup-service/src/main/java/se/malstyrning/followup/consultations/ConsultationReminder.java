package se.malstyrning.followup.consultations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder recorded for a recipient that had not answered some days before the reply date; never sent twice. */
@Entity
@Table(name = "consultation_reminder")
public class ConsultationReminder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "reply_date", nullable = false)
    public LocalDate replyDate;

    @Column(name = "days_before", nullable = false)
    public int daysBefore;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
