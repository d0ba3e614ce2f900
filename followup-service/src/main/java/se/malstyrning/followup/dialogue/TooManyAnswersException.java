package se.malstyrning.followup.dialogue;

import java.time.Duration;

/** A client sent more anonymous answers than the limit allows; it may try again after the wait. */
public class TooManyAnswersException extends RuntimeException {

    private final Duration wait;

    public TooManyAnswersException(Duration wait) {
        super("too many answers", null, false, false);
        this.wait = wait;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
