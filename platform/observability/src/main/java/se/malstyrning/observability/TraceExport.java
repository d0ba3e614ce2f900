package se.malstyrning.observability;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Spans are recorded, and sent over OTLP, only when a collector's address is configured
 * ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}, or the traces' own endpoint). Without one every span
 * is left unsampled: the W3C trace context is still created and carried from call to call (and its ids
 * are in the logs), but nothing is recorded, queued or sent. {@code QUARKUS_OTEL_TRACES_SAMPLER_ARG}
 * (a ratio from 0 to 1) overrides either choice.
 */
public class TraceExport implements ConfigSourceFactory {

    static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.traces.endpoint",
            "quarkus.otel.exporter.otlp.endpoint");
    static final String SAMPLED_RATIO = "quarkus.otel.traces.sampler.arg";
    /** Above the defaults of the libraries' own files, below application.properties and the environment. */
    static final int ORDINAL = 150;
    /** The files of the libraries (100) and above: a value of the extension's defaults is not a choice. */
    static final int LOWEST_OPERATOR_ORDINAL = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(Map.of(SAMPLED_RATIO, sampledRatio(context)), "malstyrning-trace-export", ORDINAL));
    }

    static String sampledRatio(ConfigSourceContext context) {
        boolean exported = ENDPOINTS.stream().map(context::getValue)
                .filter(TraceExport::isSetByTheOperator)
                .map(ConfigValue::getValue)
                .anyMatch(endpoint -> endpoint != null && !endpoint.isBlank());
        return exported ? "1.0" : "0.0";
    }

    /** Quarkus' own default address (localhost:4317) is no collector anyone configured. */
    private static boolean isSetByTheOperator(ConfigValue value) {
        return value.getConfigSourceOrdinal() >= LOWEST_OPERATOR_ORDINAL;
    }
}
