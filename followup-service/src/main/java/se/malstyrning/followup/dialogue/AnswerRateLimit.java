package se.malstyrning.followup.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits anonymous answers per client address and dialogue in fixed one-minute windows, so nobody
 * floods a dialogue. Kept per instance: behind several instances the gateway's limit is the wall.
 */
@ApplicationScoped
public class AnswerRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_AFTER_KEYS = 10_000;

    private final int perWindow;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    public AnswerRateLimit(@ConfigProperty(name = "malstyrning.citizen-answers.per-minute") int perWindow) {
        this(perWindow, Clock.systemUTC());
    }

    AnswerRateLimit(int perWindow, Clock clock) {
        this.perWindow = perWindow;
        this.clock = clock;
    }

    /** Empty when the request may go ahead; otherwise how long to wait. */
    public Optional<Duration> tryAcquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > FORGET_AFTER_KEYS) {
            windows.values().removeIf(window -> !window.covers(now));
        }
        Window window = windows.compute(key, (k, current) ->
                current == null || !current.covers(now) ? new Window(now, 1) : new Window(current.start, current.count + 1));
        return window.count <= perWindow ? Optional.empty() : Optional.of(Duration.between(now, window.start.plus(WINDOW)));
    }

    private record Window(Instant start, int count) {
        boolean covers(Instant moment) {
            return moment.isBefore(start.plus(WINDOW));
        }
    }
}
