package se.malstyrning.indicators.fulfilment;

import se.malstyrning.indicators.catalogue.Polarity;

/** What a target asks for, with the direction that is better for its indicator. */
public record TargetValues(Polarity polarity, double baselineValue, int baselineYear, double desiredValue, int desiredYear,
                           double acceptedValue) {

    /** Whether a value is at least as good as a threshold. */
    boolean reaches(double value, double threshold) {
        return polarity == Polarity.HIGHER_IS_BETTER ? value >= threshold : value <= threshold;
    }
}
