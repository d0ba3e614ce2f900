package se.malstyrning.indicators.catalogue;

import se.malstyrning.runtime.problem.ProblemException;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Structural (effect over mandate periods) or short-term (yearly or every second year). */
public enum Horizon {
    STRUCTURAL, SHORT_TERM;

    /** The horizon a query parameter names, if any; 400 naming the parameter for an unknown value. */
    public static Optional<Horizon> parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "unknown horizon '" + value + "', use "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }
}
