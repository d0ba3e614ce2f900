package se.malstyrning.runtime.input;

import se.malstyrning.runtime.problem.ProblemException;

import java.util.Collection;

/**
 * The one rule for a query parameter or body field that was renamed: the new name is the one the
 * documents lead with, the old one still works (marked {@code deprecated} there), and giving both is
 * a 400 naming the old one. docs/service-contracts.md lists every pair.
 */
public final class DeprecatedNames {

    private DeprecatedNames() {
    }

    /** A value with the name it was given by: the new one, the deprecated one, or the new one when neither was given. */
    public record Named<T>(String name, T value) {
    }

    /** The value by its name or by its deprecated name; never both (a 400 naming the deprecated one). */
    public static <T> Named<T> either(String name, T value, String deprecatedName, T deprecatedValue) {
        boolean given = given(value);
        if (given && given(deprecatedValue)) {
            throw ProblemException.invalidField(deprecatedName, "is the deprecated name of " + name + "; give only " + name);
        }
        return given || !given(deprecatedValue) ? new Named<>(name, value) : new Named<>(deprecatedName, deprecatedValue);
    }

    private static boolean given(Object value) {
        return value != null && !(value instanceof Collection<?> values && values.isEmpty());
    }
}
