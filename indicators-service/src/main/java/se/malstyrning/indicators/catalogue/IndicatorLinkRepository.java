package se.malstyrning.indicators.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The SDG targets and goals an indicator is linked to. */
@ApplicationScoped
public class IndicatorLinkRepository {

    public List<String> sdgTargets(UUID indicatorId) {
        return IndicatorSdgTarget.<IndicatorSdgTarget>list("indicator.id", Sort.by("sdgTarget"), indicatorId).stream()
                .map(link -> link.sdgTarget).toList();
    }

    public void replaceSdgTargets(Indicator indicator, List<String> sdgTargets) {
        IndicatorSdgTarget.delete("indicator.id", indicator.id);
        Panache.getEntityManager().flush();
        for (String sdgTarget : sdgTargets) {
            IndicatorSdgTarget link = new IndicatorSdgTarget();
            link.indicator = indicator;
            link.sdgTarget = sdgTarget;
            link.persist();
        }
    }

    public List<UUID> goalIds(UUID indicatorId) {
        return IndicatorGoal.<IndicatorGoal>list("indicator.id", Sort.by("createdAt"), indicatorId).stream()
                .map(link -> link.goalId).toList();
    }

    public List<IndicatorGoal> goalLinks(UUID indicatorId) {
        return IndicatorGoal.list("indicator.id", Sort.by("createdAt"), indicatorId);
    }

    /** The links of a goal to the indicators that measure it. */
    public List<IndicatorGoal> linksOfGoal(UUID goalId) {
        return IndicatorGoal.list("goalId", Sort.by("createdAt"), goalId);
    }

    /** Links the goal as a carry-over of another goal's link. */
    public void linkCarriedOver(Indicator indicator, UUID goalId, UUID fromGoalId) {
        IndicatorGoal link = new IndicatorGoal();
        link.indicator = indicator;
        link.goalId = goalId;
        link.carriedOverFromGoalId = fromGoalId;
        link.persist();
    }

    public boolean isLinked(UUID indicatorId, UUID goalId) {
        return IndicatorGoal.count("indicator.id = ?1 and goalId = ?2", indicatorId, goalId) > 0;
    }

    public void link(Indicator indicator, UUID goalId) {
        IndicatorGoal link = new IndicatorGoal();
        link.indicator = indicator;
        link.goalId = goalId;
        link.persist();
    }

    public boolean unlink(UUID indicatorId, UUID goalId) {
        return IndicatorGoal.delete("indicator.id = ?1 and goalId = ?2", indicatorId, goalId) > 0;
    }
}
