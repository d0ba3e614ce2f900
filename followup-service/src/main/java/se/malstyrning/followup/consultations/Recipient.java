package se.malstyrning.followup.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** A remissinstans: an org unit (board or company) the consultation is sent to, as goals-service named it then. */
@Entity
@Table(name = "consultation_recipient")
public class Recipient extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "consultation_id")
    public Consultation consultation;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "org_unit_code", nullable = false, length = 32)
    public String orgUnitCode;

    @Column(name = "org_unit_name", nullable = false, length = 300)
    public String orgUnitName;
}
