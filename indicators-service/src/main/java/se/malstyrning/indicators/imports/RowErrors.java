package se.malstyrning.indicators.imports;

import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;

/** The errors of an import, each naming its line and field as {@code line[12].gender}; all are counted, the first ones listed. */
final class RowErrors {

    static final int LISTED = 1000;

    private final List<Problem.FieldError> listed = new ArrayList<>();
    private long count;

    static String field(long line, String field) {
        return "line[" + line + "]." + field;
    }

    void add(long line, String field, String message) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new Problem.FieldError(field(line, field), message));
        }
    }

    long count() {
        return count;
    }

    /** 422 listing the rows that failed; nothing of the file is written. */
    void throwIfAny() {
        if (count > 0) {
            throw new ProblemException(ProblemType.UNPROCESSABLE.problem(
                    count + " rows failed validation, nothing was imported; first: "
                            + listed.getFirst().field() + ": " + listed.getFirst().message(), List.copyOf(listed)));
        }
    }

    static ProblemException malformed(long line, String message) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST.problem("line " + line + ": " + message,
                List.of(new Problem.FieldError("line[" + line + "]", message))));
    }
}
