package se.malstyrning.observability;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TraceExportTest {

    private static ConfigSourceContext configured(Map<String, String> values) {
        return configured(values, 300);
    }

    private static ConfigSourceContext configured(Map<String, String> values, int ordinal) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name)).withConfigSourceOrdinal(ordinal).build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public java.util.Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }

    @Test
    void shouldRecordNoSpanWhenNoCollectorIsConfigured() {
        assertEquals("0.0", TraceExport.sampledRatio(configured(Map.of())));
    }

    @Test
    void shouldRecordNoSpanWhenTheEndpointIsBlank() {
        assertEquals("0.0", TraceExport.sampledRatio(configured(Map.of("quarkus.otel.exporter.otlp.endpoint", " "))));
    }

    @Test
    void shouldRecordNoSpanWhenTheEndpointIsOnlyTheExtensionsDefault() {
        assertEquals("0.0", TraceExport.sampledRatio(configured(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://localhost:4317/"),
                Integer.MIN_VALUE)));
    }

    @Test
    void shouldRecordEverySpanWhenACollectorIsConfigured() {
        assertEquals("1.0", TraceExport.sampledRatio(configured(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4318"))));
    }

    @Test
    void shouldRecordEverySpanWhenOnlyTheTracesEndpointIsConfigured() {
        assertEquals("1.0", TraceExport.sampledRatio(configured(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4318"))));
    }
}
