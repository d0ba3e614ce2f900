package se.malstyrning.runtime.orgunits;

import se.malstyrning.runtime.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An org unit as a request names it: by its id at goals-service or by its code. One value tells
 * which: a UUID (36 characters) is an id, anything else a code (at most 32 characters, so never a
 * UUID). docs/service-contracts.md, "Org units by id or code".
 */
public sealed interface OrgUnitKey {

    /** What an org unit's code may be (goals-service refuses any other when one is created). */
    String CODE_PATTERN = "[A-Za-z0-9ÅÄÖåäö_-]{1,32}";
    int CODE_MAX_LENGTH = 32;
    /** What a parameter naming an org unit by id or code may be, for the documents. */
    String ID_OR_CODE_PATTERN = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
            + CODE_PATTERN + ")$";
    int ID_OR_CODE_MAX_LENGTH = 36;
    String ID_OR_CODE_MESSAGE = "must be an org unit's id (a UUID) or its code";
    /** How every query filter naming an org unit describes itself in the documents. */
    String FILTER = "An org unit, by its id or its code (one value; an org unit that does not exist is a 400 naming the parameter).";

    record Id(UUID id) implements OrgUnitKey {
        @Override
        public String toString() {
            return "id " + id;
        }
    }

    record Code(String code) implements OrgUnitKey {
        @Override
        public String toString() {
            return "code " + code;
        }
    }

    /** The org unit a parameter names by id or code; empty when it names none; a 400 naming it when it is neither. */
    static Optional<OrgUnitKey> parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() == 36) {
            try {
                return Optional.of(new Id(UUID.fromString(value)));
            } catch (IllegalArgumentException notAnId) {
                // falls through to the code's rule, which refuses 36 characters
            }
        }
        if (!Codes.PATTERN.matcher(value).matches()) {
            throw ProblemException.invalidField(parameter, "must be an org unit's id (a UUID) or its code (letters, digits,"
                    + " - and _, at most " + CODE_MAX_LENGTH + " characters)");
        }
        return Optional.of(new Code(value));
    }

    /** Holds the compiled pattern (an interface has no private static fields). */
    final class Codes {
        static final Pattern PATTERN = Pattern.compile(CODE_PATTERN);

        private Codes() {
        }
    }
}
