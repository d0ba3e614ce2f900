package se.malstyrning.goals.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, UUID> {

    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Page<OrgUnit> page(Optional<OrgUnitKind> kind, int limit, int offset) {
        PanacheQuery<OrgUnit> query = kind
                .map(k -> find("kind = :kind", Sort.by("code"), Parameters.with("kind", k)))
                .orElseGet(() -> findAll(Sort.by("code")));
        return Page.of(query, limit, offset);
    }
}
