package se.malstyrning.followup.cycles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.UUID;

@ApplicationScoped
public class CycleRepository implements PanacheRepositoryBase<FollowUpCycle, UUID> {

    public boolean exists(CycleKind kind, int year) {
        return count("kind = ?1 and year = ?2", kind, year) > 0;
    }

    public Page<FollowUpCycle> page(int limit, int offset) {
        return Page.of(findAll(Sort.descending("year").and("deadline", Sort.Direction.Descending)), limit, offset);
    }
}
