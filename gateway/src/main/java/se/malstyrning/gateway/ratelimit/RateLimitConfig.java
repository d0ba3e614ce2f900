package se.malstyrning.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** How many requests each caller may send; a burst up to the limit, refilled evenly over the period. */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    /** Off only for measurements that must see the proxy alone. */
    @WithDefault("true")
    boolean enabled();

    /** Per token: its subject (a user, or a client's service account). */
    Limit clients();

    /** Per remote address, for calls without a token. */
    Limit anonymous();

    /** Limits of their own for named clients (the token's {@code azp}), shared by all its tokens. */
    Map<String, Limit> perClient();

    /** Tighter limits of their own for some calls (e.g. the anonymous citizen-dialogue answers). */
    Map<String, Rule> rules();

    interface Limit {
        int requests();

        Duration per();
    }

    interface Rule extends Limit {
        /** {@code METHOD path-regex} */
        String match();
    }
}
