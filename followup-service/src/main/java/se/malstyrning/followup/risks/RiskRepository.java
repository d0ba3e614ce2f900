package se.malstyrning.followup.risks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    private static final Sort LARGEST_FIRST = Sort.descending("riskValue").and("consequence", Sort.Direction.Descending)
            .and("title");

    public Page<Risk> page(int year, int limit, int offset) {
        return Page.of(find("year", LARGEST_FIRST, year), limit, offset);
    }

    public List<Risk> ofYear(int year) {
        return list("year", LARGEST_FIRST, year);
    }

    /** The risks of the year whose value reaches the threshold, largest first. */
    public List<Risk> largest(int year, int minRiskValue) {
        return list("year = ?1 and riskValue >= ?2", LARGEST_FIRST, year, minRiskValue);
    }
}
