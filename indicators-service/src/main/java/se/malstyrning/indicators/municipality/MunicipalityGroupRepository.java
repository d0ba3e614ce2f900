package se.malstyrning.indicators.municipality;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class MunicipalityGroupRepository implements PanacheRepositoryBase<MunicipalityGroup, UUID> {

    /** The groups with these codes (all when empty) whose title contains {@code title}, by code. */
    public Page<MunicipalityGroup> page(List<String> codes, Optional<String> title, int limit, int offset) {
        PanacheQuery<MunicipalityGroup> query = find("(:noCodes = true or code in :codes) and (:title is null or lower(title) like :title)",
                Sort.by("code"), Parameters.with("noCodes", codes.isEmpty()).and("codes", codes.isEmpty() ? List.of("") : codes)
                        .and("title", title.map(text -> "%" + text.toLowerCase() + "%").orElse(null)));
        return Page.of(query, limit, offset);
    }

    public List<MunicipalityGroup> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", Sort.by("code"), Set.copyOf(codes));
    }

    public Optional<MunicipalityGroup> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The next code of a group an administrator defines: G100001, G100002, … */
    public String nextCode() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('municipality_group_number')").getSingleResult();
        return "G" + next.longValue();
    }
}
