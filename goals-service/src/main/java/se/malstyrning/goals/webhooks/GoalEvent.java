package se.malstyrning.goals.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.webhooks.WebhookEventTypes;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The events goals-service publishes to webhook subscriptions (docs/webhooks.md). */
public enum GoalEvent {
    /** A goal was adopted by a decision. */
    ADOPTED("goal.adopted"),
    /** An adopted goal was replaced by a new adopted version of it. */
    CHANGED("goal.changed"),
    /** An adopted goal was archived. */
    ARCHIVED("goal.archived");

    public final String type;

    GoalEvent(String type) {
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
