package se.malstyrning.runtime.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** The settings of webhook delivery (docs/webhooks.md), the same keys in every service. */
@ConfigMapping(prefix = "malstyrning.webhooks")
public interface WebhookConfig {

    /**
     * An administrator's setting: callback URLs on loopback, link-local or the suite's own hosts are
     * accepted (a test's local receiver, a receiver beside the suite). Off by default (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivateCallbacks();

    /** The suite's own host names, refused as callbacks (besides the host of the public base URL). */
    @WithDefault("localhost,gateway,goals-service,indicators-service,followup-service,keycloak,postgres")
    List<String> suiteHosts();

    /** How often the deliverer looks for due deliveries. */
    @WithDefault("5s")
    String deliverEvery();

    /** The wait before the first retry; each further retry waits twice as long as the one before. */
    @WithDefault("30S")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("6H")
    Duration longestRetryAfter();

    /** A subscription whose receiver has failed this long without one success is paused. */
    @WithDefault("3D")
    Duration pauseAfter();

    /** How long a receiver may take to answer. */
    @WithDefault("10S")
    Duration timeout();

    /** How many deliveries one round sends at most. */
    @WithDefault("50")
    int batch();
}
