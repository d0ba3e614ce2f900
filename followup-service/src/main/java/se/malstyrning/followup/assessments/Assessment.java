package se.malstyrning.followup.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** A board's bedömning of one goal in one follow-up cycle, in its latest revision. */
@Entity
@Table(name = "assessment")
@InChangeFeed(type = "ASSESSMENT", path = "/followup/v1/follow-up-cycles/{cycleId}/assessments/")
public class Assessment extends AuditedEntity {

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "org_unit_code", nullable = false, length = 32)
    public String orgUnitCode;

    @Column(nullable = false)
    public int revision;

    @Embedded
    public AssessmentContent content;
}
