package se.malstyrning.goals.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import se.malstyrning.runtime.orgunits.OrgUnitDirectory;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, UUID>, OrgUnitDirectory<OrgUnit> {

    @Override
    public Optional<OrgUnit> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public Optional<OrgUnit> byCode(String code) {
        return findByCode(code);
    }

    @Override
    public UUID idOf(OrgUnit unit) {
        return unit.id;
    }

    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Page<OrgUnit> page(Optional<OrgUnitKind> kind, Optional<String> code, int limit, int offset) {
        PanacheQuery<OrgUnit> query = find("(:kind is null or kind = :kind) and (:code is null or code = :code)",
                Sort.by("code"), Parameters.with("kind", kind.orElse(null)).and("code", code.orElse(null)));
        return Page.of(query, limit, offset);
    }
}
