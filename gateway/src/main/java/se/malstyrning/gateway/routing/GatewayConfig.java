package se.malstyrning.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The routes of the gateway: the first path segment (the API's name) to the service that owns it. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    /** Kept-alive connections to each upstream, per event loop (the gateway has one per core, OneEventLoopPerCore). */
    @WithDefault("50")
    int maxConnectionsPerUpstream();

    /** The Retry-After of the 503 answered while a service cannot be reached. */
    @WithDefault("5S")
    Duration unavailableRetryAfter();

    /** How long an instance that refused a connection is left out of its service's rotation. */
    @WithDefault("5S")
    Duration unreachablePause();

    interface Route {
        /** The base URLs of the owning service's instances (comma-separated in the environment). */
        List<URI> upstream();

        /** How long the service may take to answer before the gateway gives up. */
        Duration timeout();
    }
}
