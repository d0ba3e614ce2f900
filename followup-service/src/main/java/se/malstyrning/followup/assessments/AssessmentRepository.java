package se.malstyrning.followup.assessments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public boolean exists(UUID cycleId, UUID goalId, UUID orgUnitId) {
        return count("cycleId = ?1 and goalId = ?2 and orgUnitId = ?3", cycleId, goalId, orgUnitId) > 0;
    }

    private static final Sort BY_ORG_UNIT = Sort.ascending("orgUnitCode").and("createdAt");

    public Page<Assessment> page(UUID cycleId, int limit, int offset) {
        return Page.of(find("cycleId", BY_ORG_UNIT, cycleId), limit, offset);
    }

    public List<Assessment> listByCycle(UUID cycleId) {
        return list("cycleId", BY_ORG_UNIT, cycleId);
    }
}
