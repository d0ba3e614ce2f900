package se.malstyrning.followup.assessments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public boolean exists(UUID cycleId, UUID goalId, UUID orgUnitId) {
        return count("cycleId = ?1 and goalId = ?2 and orgUnitId = ?3", cycleId, goalId, orgUnitId) > 0;
    }

    public Page<Assessment> page(UUID cycleId, int limit, int offset) {
        return Page.of(find("cycleId", Sort.ascending("orgUnitCode").and("createdAt"), cycleId), limit, offset);
    }
}
