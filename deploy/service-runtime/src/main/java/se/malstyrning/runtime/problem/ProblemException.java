package se.malstyrning.runtime.problem;

import java.util.List;

/** Thrown by services to answer with a problem response; mapped in one place. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION.problem(field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException unprocessableField(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE.problem(field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflictOnField(String field, String message) {
        return new ProblemException(ProblemType.CONFLICT.problem(field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }
}
