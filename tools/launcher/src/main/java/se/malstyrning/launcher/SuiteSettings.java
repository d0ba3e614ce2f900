package se.malstyrning.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to run the suite. From the environment: {@code POSTGRES_URL} (with {@code POSTGRES_USER},
 * {@code POSTGRES_PASSWORD}) for an external PostgreSQL, {@code KEYCLOAK_URL} for an external
 * Keycloak that already has the realm, {@code MALSTYRNING_DATA_DIR} for where the embedded
 * PostgreSQL keeps its data and the logs go, {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} for the
 * OpenTelemetry collector (OTLP over HTTP) the services and the gateway send their spans to (none:
 * no span is recorded), {@code MALSTYRNING_JVM_OPTIONS} for a file of JVM options for the services
 * and the gateway instead of the images' {@code deploy/images/jvm.options}. {@code gatewayProperties} are given to the gateway as system properties,
 * {@code serviceEnvironment} to the three services as environment variables.
 */
public record SuiteSettings(Path root, Path dataDirectory, Ports ports, boolean demoData,
                            Optional<URI> externalKeycloak, Map<String, String> environment,
                            Map<String, String> gatewayProperties, Map<String, String> serviceEnvironment,
                            Optional<URI> otlpEndpoint) {

    public static final String OTLP_ENDPOINT = "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT";

    public static SuiteSettings fromEnvironment(Ports ports, boolean demoData) {
        Map<String, String> environment = System.getenv();
        Path dataDirectory = Optional.ofNullable(environment.get("MALSTYRNING_DATA_DIR")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".local", "share", "malstyrning"));
        Optional<URI> keycloak = Optional.ofNullable(environment.get("KEYCLOAK_URL"))
                .filter(url -> !url.isBlank()).map(URI::create);
        Optional<URI> otlp = Optional.ofNullable(environment.get(OTLP_ENDPOINT))
                .filter(url -> !url.isBlank()).map(URI::create);
        return new SuiteSettings(findRoot(), dataDirectory, ports, demoData, keycloak, environment, Map.of(), Map.of(), otlp);
    }

    public SuiteSettings withDataDirectory(Path directory) {
        return new SuiteSettings(root, directory, ports, demoData, externalKeycloak, environment, gatewayProperties,
                serviceEnvironment, otlpEndpoint);
    }

    /** Settings of the gateway for this run (system properties, e.g. a rate limit for a test's own client). */
    public SuiteSettings withGatewayProperties(Map<String, String> properties) {
        return new SuiteSettings(root, dataDirectory, ports, demoData, externalKeycloak, environment, Map.copyOf(properties),
                serviceEnvironment, otlpEndpoint);
    }

    /** Settings of the three services for this run (environment variables, e.g. to let a test's local webhook receiver through). */
    public SuiteSettings withServiceEnvironment(Map<String, String> variables) {
        return new SuiteSettings(root, dataDirectory, ports, demoData, externalKeycloak, environment, gatewayProperties,
                Map.copyOf(variables), otlpEndpoint);
    }

    /** Where every process of the suite sends its spans (OTLP over HTTP with protobuf). */
    public SuiteSettings withOtlpEndpoint(URI endpoint) {
        return new SuiteSettings(root, dataDirectory, ports, demoData, externalKeycloak, environment, gatewayProperties,
                serviceEnvironment, Optional.of(endpoint));
    }

    public URI keycloakUrl() {
        return externalKeycloak.orElse(URI.create("http://localhost:" + ports.keycloak()));
    }

    /** The JVM options file the services and the gateway run with (an argument file, {@code java @file}). */
    Path jvmOptions() {
        return Optional.ofNullable(environment.get("MALSTYRNING_JVM_OPTIONS")).filter(file -> !file.isBlank()).map(Path::of)
                .orElse(root.resolve("deploy/images/jvm.options"));
    }

    Path cacheDirectory() {
        return Optional.ofNullable(environment.get("XDG_CACHE_HOME")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache")).resolve("malstyrning");
    }

    /** The checkout: the nearest folder upwards that holds goals-service and the parent POM. */
    static Path findRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("goals-service"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Run the launcher from inside the project's checkout");
    }
}
