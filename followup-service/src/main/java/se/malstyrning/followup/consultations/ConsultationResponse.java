package se.malstyrning.followup.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** A remissvar: the current revision of one recipient's answer. Submitted first at createdAt, last revised at updatedAt. */
@Entity
@Table(name = "consultation_response")
@InChangeFeed(type = "CONSULTATION_RESPONSE", path = "/followup/v1/consultations/{consultationId}/responses/")
public class ConsultationResponse extends AuditedEntity {

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(nullable = false)
    public int revision;

    @Embedded
    public Answer answer;
}
