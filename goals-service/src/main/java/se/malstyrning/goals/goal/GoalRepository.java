package se.malstyrning.goals.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.paging.Page;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    /** Is the code taken by another current goal of the period (not a version of the same goal)? */
    public boolean codeTaken(UUID mandatePeriodId, String code, UUID exceptId) {
        return count("mandatePeriodId = ?1 and code = ?2 and predecessorId is null and status in ?3 and id <> ?4",
                mandatePeriodId, code, Set.of(GoalStatus.DRAFT, GoalStatus.PROPOSED, GoalStatus.ADOPTED),
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    public List<Goal> inPeriod(UUID mandatePeriodId, Collection<GoalStatus> statuses) {
        return list("mandatePeriodId = ?1 and status in ?2", Sort.by("level").and("code"), mandatePeriodId, statuses);
    }

    /** Which of the goals have one of the statuses (e.g. which a document links to are public). */
    public java.util.Set<UUID> withStatus(Collection<UUID> ids, Collection<GoalStatus> statuses) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return getEntityManager().createQuery("select g.id from Goal g where g.id in :ids and g.status in :statuses", UUID.class)
                .setParameter("ids", ids).setParameter("statuses", statuses)
                .getResultStream().collect(java.util.stream.Collectors.toSet());
    }

    public boolean hasOpenVersion(UUID predecessorId) {
        return count("predecessorId = ?1 and status in ?2", predecessorId, Set.of(GoalStatus.DRAFT, GoalStatus.PROPOSED)) > 0;
    }

    public Page<Goal> page(GoalFilter filter, int limit, int offset) {
        return Page.of(find("""
                        (:period is null or mandatePeriodId = :period)
                        and (:level is null or level = :level)
                        and (:owner is null or ownerOrgUnitId = :owner)
                        and (:area is null or goalAreaId = :area)
                        and status in :statuses""",
                Sort.by("code").and("id"),
                Parameters.with("period", filter.mandatePeriodId())
                        .and("level", filter.level())
                        .and("owner", filter.ownerOrgUnitId())
                        .and("area", filter.goalAreaId())
                        .and("statuses", filter.statuses())), limit, offset);
    }
}
