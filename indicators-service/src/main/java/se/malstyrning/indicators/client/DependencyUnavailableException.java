package se.malstyrning.indicators.client;

/** goals-service failed or did not answer in time; nothing was written, the caller may retry later. */
public class GoalsUnavailableException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 30;

    public GoalsUnavailableException() {
        super("goals-service is unavailable", null, false, false);
    }
}
