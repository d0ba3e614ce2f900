package se.malstyrning.followup.assessments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRevisionRepository implements PanacheRepositoryBase<AssessmentRevision, UUID> {

    public List<AssessmentRevision> listByAssessment(UUID assessmentId) {
        return list("assessmentId", Sort.ascending("createdAt"), assessmentId);
    }
}
