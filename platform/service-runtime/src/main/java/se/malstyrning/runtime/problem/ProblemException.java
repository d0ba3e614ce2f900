package se.malstyrning.runtime.problem;

import java.util.List;
import java.util.Optional;

/** Thrown by services to answer with a problem response; mapped in one place. */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A problem that the same request may overcome later; answered with {@code Retry-After}. */
    public ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
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
