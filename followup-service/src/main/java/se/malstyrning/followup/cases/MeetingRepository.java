package se.malstyrning.followup.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The cases among those given that have been on a meeting held on or before the day. */
    public java.util.Set<UUID> heldBy(java.util.Collection<UUID> caseIds, java.time.LocalDate day) {
        if (caseIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(getEntityManager()
                .createQuery("select distinct m.caseId from Meeting m where m.caseId in :cases and m.date <= :day", UUID.class)
                .setParameter("cases", caseIds).setParameter("day", day)
                .getResultList());
    }

    public List<Meeting> listByCase(UUID caseId) {
        return list("caseId", Sort.ascending("date").and("step"), caseId);
    }
}
