package se.malstyrning.indicators.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.webhooks.WebhookEventTypes;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The events indicators-service publishes to webhook subscriptions (docs/webhooks.md). */
public enum IndicatorEvent {
    /** An import of observations finished (committed), with what it created and revised. */
    OBSERVATIONS_IMPORTED("observations.imported"),
    /** A target's latest observation reached its desired value (assessed after each import). */
    TARGET_ACHIEVED("target.achieved"),
    /** A target that was achieved is no longer, by a newer or revised observation. */
    TARGET_NO_LONGER_ACHIEVED("target.no-longer-achieved");

    public final String type;

    IndicatorEvent(String type) {
        this.type = type;
    }

    @ApplicationScoped
    public static class Types implements WebhookEventTypes {
        @Override
        public Set<String> all() {
            return Arrays.stream(values()).map(event -> event.type).collect(Collectors.toUnmodifiableSet());
        }
    }
}
