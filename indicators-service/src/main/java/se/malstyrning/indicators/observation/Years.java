package se.malstyrning.indicators.observation;

import se.malstyrning.runtime.problem.ProblemException;

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

    public static int requireInRange(String field, int year) {
        if (year < FIRST || year > LAST) {
            throw ProblemException.invalidField(field, year + " is out of range " + FIRST + "-" + LAST);
        }
        return year;
    }
}
