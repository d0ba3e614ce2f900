package se.malstyrning.followup.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.malstyrning.followup.client.Indicators;
import se.malstyrning.followup.decisions.MeasurementCarryOver.Outcome;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.UUID;

/**
 * Targets and indicator links follow an adopted goal from the goal it continues: once a decision has
 * adopted goals (and is committed), indicators-service is asked to carry each one's measurement over. The
 * decision stands whatever indicators-service answers; a goal not carried over now is reported as such in
 * the answer (and logged), and the carry-over, being idempotent, may simply be asked for again.
 */
@ApplicationScoped
public class AdoptedGoalsMeasurement {

    private static final Logger LOG = Logger.getLogger(AdoptedGoalsMeasurement.class);

    private final Indicators indicators;

    public AdoptedGoalsMeasurement(Indicators indicators) {
        this.indicators = indicators;
    }

    /** The decision as recorded, with the carry-over of each adopted goal's measurement when it adopts goals. */
    public DecisionView carryOver(DecisionView decision) {
        if (decision.adoptedGoalIds().isEmpty()) {
            return decision;
        }
        return decision.withMeasurementCarryOver(decision.adoptedGoalIds().stream().map(this::carryOver).toList());
    }

    private MeasurementCarryOver carryOver(UUID goalId) {
        try {
            Outcome outcome = indicators.carryOver(goalId) ? Outcome.CARRIED_OVER : Outcome.NOTHING_TO_CARRY_OVER;
            return new MeasurementCarryOver(goalId, outcome, null);
        } catch (ProblemException e) {
            LOG.warnf("The measurement of adopted goal %s is not carried over: %s", goalId, e.getMessage());
            return new MeasurementCarryOver(goalId, Outcome.NOT_CARRIED_OVER, e.getMessage()
                    + "; the decision stands: ask POST /indicators/v1/goals/" + goalId + "/carry-over again");
        }
    }
}
