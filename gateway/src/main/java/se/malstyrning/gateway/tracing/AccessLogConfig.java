package se.malstyrning.gateway.tracing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the access log is written. */
@ConfigMapping(prefix = "gateway.access-log")
public interface AccessLogConfig {

    /** How long an access line may wait in its event loop's batch before it is written. */
    @WithDefault("200MS")
    Duration flushInterval();
}
