package se.malstyrning.indicators.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    public Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Page<Indicator> page(Optional<Horizon> horizon, int limit, int offset) {
        PanacheQuery<Indicator> query = horizon
                .map(h -> find("horizon = :horizon", Sort.by("code"), Parameters.with("horizon", h)))
                .orElseGet(() -> findAll(Sort.by("code")));
        return Page.of(query, limit, offset);
    }

    /** The indicators with these codes (all when empty) whose title contains {@code title} (any when empty), by code. */
    public Page<Indicator> byCodesAndTitle(List<String> codes, Optional<String> title, int limit, int offset) {
        return Page.of(find("(:noCodes = true or code in :codes) and (:title is null or lower(title) like :title)", Sort.by("code"),
                Parameters.with("noCodes", codes.isEmpty()).and("codes", codes.isEmpty() ? List.of("") : codes)
                        .and("title", title.map(text -> "%" + text.toLowerCase() + "%").orElse(null))), limit, offset);
    }
}
