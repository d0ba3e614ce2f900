package se.malstyrning.indicators.observation;

import se.malstyrning.runtime.input.DeprecatedNames;

import se.malstyrning.runtime.problem.ProblemException;

import java.util.Optional;

/** The periods the service accepts: calendar years. */
public final class Years {

    public static final int FIRST = 1900;
    public static final int LAST = 2100;

    private Years() {
    }

    /** The year a text names; 400 naming the field when it is not a year between {@link #FIRST} and {@link #LAST}. */
    public static int parse(String field, String text) {
        try {
            return requireInRange(field, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "'" + text + "' is not a year");
        }
    }

    /**
     * The period a query names by {@code period} or by its deprecated name {@code year} (never both: a 400
     * naming {@code year}); empty when neither is given; a 400 naming the parameter given when it is no year.
     */
    public static Optional<Integer> period(String period, String year) {
        DeprecatedNames.Named<String> given = DeprecatedNames.either("period", period, "year", year);
        return Optional.ofNullable(given.value()).filter(text -> !text.isBlank()).map(text -> parse(given.name(), text));
    }

    public static int requireInRange(String field, int year) {
        if (year < FIRST || year > LAST) {
            throw ProblemException.invalidField(field, year + " is out of range " + FIRST + "-" + LAST);
        }
        return year;
    }
}
