package se.malstyrning.indicators.target;

import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.runtime.problem.ProblemException;

/** The rules a target's values must meet, given which direction is better for its indicator. */
final class TargetRules {

    private TargetRules() {
    }

    /** The accepted value is a threshold on the way to the desired value, never beyond it; 422 naming the field otherwise. */
    static void check(Polarity polarity, TargetRequest request) {
        boolean beyond = polarity == Polarity.HIGHER_IS_BETTER
                ? request.acceptedValue() > request.desiredValue()
                : request.acceptedValue() < request.desiredValue();
        if (beyond) {
            throw ProblemException.unprocessableField("acceptedValue", "lies beyond the desired value " + request.desiredValue()
                    + (polarity == Polarity.HIGHER_IS_BETTER ? " (higher is better: accept at most the desired value)"
                    : " (lower is better: accept at least the desired value)"));
        }
        if (request.desiredYear() < request.baselineYear()) {
            throw ProblemException.unprocessableField("desiredYear", "must not be before baselineYear " + request.baselineYear());
        }
    }
}
