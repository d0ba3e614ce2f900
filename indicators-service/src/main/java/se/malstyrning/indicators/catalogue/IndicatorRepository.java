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

    /** The catalogue by code, of one horizon and measuring one goal when given. */
    public Page<Indicator> page(Optional<Horizon> horizon, Optional<UUID> goalId, int limit, int offset) {
        PanacheQuery<Indicator> query = find("(:horizon is null or horizon = :horizon) and (:goal is null or id in "
                        + "(select link.indicator.id from IndicatorGoal link where link.goalId = :goal))", Sort.by("code"),
                Parameters.with("horizon", horizon.orElse(null)).and("goal", goalId.orElse(null)));
        return Page.of(query, limit, offset);
    }

    /** The indicators with these codes (all when empty) whose title contains {@code title} (any when empty), by code. */
    public Page<Indicator> byCodesAndTitle(List<String> codes, Optional<String> title, int limit, int offset) {
        return Page.of(find("(:noCodes = true or code in :codes) and (:title is null or lower(title) like :title)", Sort.by("code"),
                Parameters.with("noCodes", codes.isEmpty()).and("codes", codes.isEmpty() ? List.of("") : codes)
                        .and("title", title.map(text -> "%" + text.toLowerCase() + "%").orElse(null))), limit, offset);
    }
}
