package se.malstyrning.indicators.fulfilment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.SeriesPoint;
import se.malstyrning.indicators.target.Target;
import se.malstyrning.indicators.target.TargetLevels;
import se.malstyrning.indicators.target.TargetRepository;
import se.malstyrning.indicators.webhooks.IndicatorEvent;
import se.malstyrning.runtime.webhooks.Webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells webhook subscriptions when a target becomes achieved ({@code target.achieved}) or stops
 * being so ({@code target.no-longer-achieved}), as new observations come in: each target keeps
 * whether it was achieved when last assessed.
 */
@ApplicationScoped
public class TargetAchievements {

    private final TargetRepository targets;
    private final ObservationStore observations;
    private final Webhooks webhooks;

    public TargetAchievements(TargetRepository targets, ObservationStore observations, Webhooks webhooks) {
        this.targets = targets;
        this.observations = observations;
        this.webhooks = webhooks;
    }

    /** Assesses every target against the observations as they are now, in the caller's transaction (an import's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassess() {
        for (Target target : targets.listAll()) {
            TargetLevels levels = target.levels;
            TargetValues values = new TargetValues(target.indicator.polarity, levels.baselineValue, levels.baselineYear,
                    levels.desiredValue, levels.desiredYear, levels.acceptedValue);
            List<SeriesPoint> series = observations.series(target.indicator.id, target.area, Gender.T);
            TargetAssessment assessment = TargetAssessment.of(values, series);
            boolean achieved = assessment.status() == FulfilmentStatus.ACHIEVED;
            boolean wasAchieved = Boolean.TRUE.equals(target.achieved);
            if (target.achieved != null && achieved == wasAchieved) {
                continue;
            }
            target.achieved = achieved;
            if (achieved != wasAchieved) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("targetId", target.id.toString());
                data.put("goalId", target.goalId.toString());
                data.put("indicatorId", target.indicator.id.toString());
                data.put("indicatorCode", target.indicator.code);
                data.put("area", target.area);
                data.put("desiredValue", levels.desiredValue);
                if (assessment.latest() != null) {
                    data.put("latestPeriod", assessment.latest().period());
                    data.put("latestValue", assessment.latest().value());
                }
                webhooks.publish((achieved ? IndicatorEvent.TARGET_ACHIEVED : IndicatorEvent.TARGET_NO_LONGER_ACHIEVED).type,
                        "/indicators/v1/targets/" + target.id, target.goalOwnerOrgUnitCode, null, data);
            }
        }
    }
}
