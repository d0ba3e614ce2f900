package se.malstyrning.runtime.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right shape that the API refuses (a number that is not finite, a string with
 * NUL), with the message the client is shown; Jackson adds the path of the field, so the problem
 * names it.
 */
public final class RefusedValueException extends MismatchedInputException {

    public RefusedValueException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
