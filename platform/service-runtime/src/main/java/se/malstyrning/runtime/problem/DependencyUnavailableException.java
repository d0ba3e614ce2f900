package se.malstyrning.runtime.problem;

/**
 * Another service that owns what was asked for did not answer in time: 503 with
 * {@code Retry-After}; nothing was written, and the same request can be sent again later.
 */
public class DependencyUnavailableException extends ProblemException {

    public static final int RETRY_AFTER_SECONDS = 30;

    private final String dependency;

    public DependencyUnavailableException(String dependency) {
        super(ProblemType.DEPENDENCY_UNAVAILABLE.problem(dependency + " did not answer; nothing was changed, retry in a while"),
                RETRY_AFTER_SECONDS);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
