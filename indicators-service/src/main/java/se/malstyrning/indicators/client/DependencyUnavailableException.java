package se.malstyrning.indicators.client;

/** A service this one depends on failed or did not answer in time; nothing was written, the caller may retry later. */
public class DependencyUnavailableException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 30;

    private final String dependency;

    public DependencyUnavailableException(String dependency) {
        super(dependency + " is unavailable", null, false, false);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
