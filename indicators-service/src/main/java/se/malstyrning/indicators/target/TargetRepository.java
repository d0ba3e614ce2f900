package se.malstyrning.indicators.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    public Page<Target> page(Optional<UUID> goalId, Optional<UUID> indicatorId, Optional<String> area, int limit, int offset) {
        return Page.of(find("(:goal is null or goalId = :goal) and (:indicator is null or indicator.id = :indicator)"
                        + " and (:area is null or area = :area)", Sort.by("goalId").and("indicator.code").and("area"),
                Parameters.with("goal", goalId.orElse(null)).and("indicator", indicatorId.orElse(null))
                        .and("area", area.orElse(null))), limit, offset);
    }

    /** The targets of these goals for an area, with their indicators, in one query. */
    public List<Target> forGoalsAndArea(Collection<UUID> goalIds, String area) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return list("from Target t join fetch t.indicator i where t.goalId in ?1 and t.area = ?2 order by i.code", goalIds, area);
    }

    /** Every target of a goal, in all areas. */
    public List<Target> forGoal(UUID goalId) {
        return list("from Target t join fetch t.indicator i where t.goalId = ?1 order by i.code, t.area", goalId);
    }

    public boolean exists(UUID goalId, UUID indicatorId, String area) {
        return count("goalId = ?1 and indicator.id = ?2 and area = ?3", goalId, indicatorId, area) > 0;
    }

    /** Whether a target other than this one has the goal, indicator and area (a concurrent change to this one is a 412). */
    public boolean existsOther(UUID id, UUID goalId, UUID indicatorId, String area) {
        return count("id <> ?1 and goalId = ?2 and indicator.id = ?3 and area = ?4", id, goalId, indicatorId, area) > 0;
    }

    /** The targets of an indicator for an area, of the given goal or, without one, of every goal, the first set first. */
    public List<Target> forIndicatorAndArea(UUID indicatorId, String area, Optional<UUID> goalId) {
        return list("indicator.id = :indicator and area = :area and (:goal is null or goalId = :goal)", Sort.by("createdAt"),
                Parameters.with("indicator", indicatorId).and("area", area).and("goal", goalId.orElse(null)));
    }
}
