package se.malstyrning.followup.controlplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.UUID;

@ApplicationScoped
public class ControlPlanRepository implements PanacheRepositoryBase<ControlPlan, UUID> {

    public boolean existsForYear(int year) {
        return count("year", year) > 0;
    }

    public Page<ControlPlan> page(int limit, int offset) {
        return Page.of(findAll(Sort.descending("year")), limit, offset);
    }
}
