package se.malstyrning.goals.period;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MandatePeriodRepository implements PanacheRepositoryBase<MandatePeriod, UUID> {

    public Optional<MandatePeriod> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Page<MandatePeriod> page(int limit, int offset) {
        return Page.of(findAll(Sort.by("startYear")), limit, offset);
    }
}
