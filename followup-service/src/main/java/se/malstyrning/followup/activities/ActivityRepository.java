package se.malstyrning.followup.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    public Page<Activity> page(Optional<String> ownerCode, int limit, int offset) {
        Sort sort = Sort.ascending("ownerOrgUnitCode").and("title");
        return Page.of(ownerCode.map(code -> find("ownerOrgUnitCode", sort, code)).orElseGet(() -> findAll(sort)),
                limit, offset);
    }
}
