package se.malstyrning.runtime.webhooks;

import java.time.Duration;

/** Exponential back-off: the first retry after {@code first}, each next one twice as late, at most {@code longest}. */
public record RetrySchedule(Duration first, Duration longest) {

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration after(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 40));
        Duration wait = first;
        for (int i = 0; i < doublings && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
