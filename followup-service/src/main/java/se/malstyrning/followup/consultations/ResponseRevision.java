package se.malstyrning.followup.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** One submitted revision of an answer, kept as it was submitted (by createdBy, at createdAt). */
@Entity
@Table(name = "consultation_response_revision")
public class ResponseRevision extends AuditedEntity {

    @Column(name = "response_id", nullable = false)
    public UUID responseId;

    @Column(nullable = false)
    public int revision;

    @Embedded
    public Answer answer;

    static ResponseRevision of(ConsultationResponse response) {
        ResponseRevision revision = new ResponseRevision();
        revision.responseId = response.id;
        revision.revision = response.revision;
        revision.answer = response.answer.copy();
        return revision;
    }
}
