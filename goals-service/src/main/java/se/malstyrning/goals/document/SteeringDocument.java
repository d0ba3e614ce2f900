package se.malstyrning.goals.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A policy, programme, plan or guideline linked to the goal structure. One adopted under an older
 * structure carries an appendix mapping it to the new goals.
 */
@Entity
@Table(name = "steering_document")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@InChangeFeed(type = "STEERING_DOCUMENT", path = "/goals/v1/steering-documents/", openData = true)
public class SteeringDocument extends AuditedEntity {

    @Column(nullable = false, length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DocumentKind kind;

    @Column(name = "adopted_by_org_unit_id")
    public UUID adoptedByOrgUnitId;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "registration_number", length = 32)
    public String registrationNumber;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "goal_ids", nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false)
    public List<String> sdgTargets = new ArrayList<>();

    @Column(name = "older_structure", nullable = false)
    public boolean olderStructure;

    /** For a document under an older structure: how its steering and follow-up relate to the new goals. */
    @Column(name = "appendix_note")
    public String appendixNote;
}
