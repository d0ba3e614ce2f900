package se.malstyrning.followup.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** One step in an assessment's history (a submission or a review), as it was, by createdBy at createdAt. */
@Entity
@Table(name = "assessment_revision")
public class AssessmentRevision extends AuditedEntity {

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public int revision;

    @Embedded
    public AssessmentContent content;

    static AssessmentRevision of(Assessment assessment) {
        AssessmentRevision revision = new AssessmentRevision();
        revision.assessmentId = assessment.id;
        revision.revision = assessment.revision;
        revision.content = assessment.content.copy();
        return revision;
    }
}
