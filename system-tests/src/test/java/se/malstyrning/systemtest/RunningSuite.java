package se.malstyrning.systemtest;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.malstyrning.launcher.Ports;
import se.malstyrning.launcher.Suite;
import se.malstyrning.launcher.SuiteSettings;
import se.malstyrning.testsupport.contract.ContractValidationFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Starts the packaged suite once for all system tests (on ports of its own, with a fresh embedded
 * PostgreSQL and the demo data) and stops it when the test run ends. Every response of an API is
 * validated against the document that API serves. Every process sends its spans to one OTLP receiver
 * started here, as it would to a collector.
 */
public class RunningSuite implements BeforeAllCallback {

    private static final ContractValidationFilter CONTRACTS = ContractValidationFilter.forEveryApi();
    /** The services log JSON, as in their images and manifests ({@link LoggingSystemTest}). */
    private static final java.util.Map<String, String> SERVICE_ENVIRONMENT = withJsonLogs(WebhooksSystemTest.SERVICE_ENVIRONMENT);
    private static Suite suite;
    private static OtlpReceiver otlp;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningSuite.class) {
            if (suite == null) {
                otlp = OtlpReceiver.start();
                suite = Suite.start(SuiteSettings.fromEnvironment(Ports.forSystemTests(), true)
                        .withDataDirectory(temporaryDirectory())
                        .withGatewayProperties(GatewayFrontDoorSystemTest.GATEWAY_PROPERTIES)
                        .withServiceEnvironment(SERVICE_ENVIRONMENT)
                        .withOtlpEndpoint(otlp.endpoint()));
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningSuite.class, (ExtensionContext.Store.CloseableResource) RunningSuite::stop);
            }
        }
        RestAssured.baseURI = suite.gatewayUrl().toString();
        RestAssured.port = suite.gatewayUrl().getPort();
        if (!RestAssured.filters().contains(CONTRACTS)) {
            RestAssured.filters(CONTRACTS);
        }
    }

    private static java.util.Map<String, String> withJsonLogs(java.util.Map<String, String> environment) {
        java.util.Map<String, String> all = new java.util.HashMap<>(environment);
        all.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        return java.util.Map.copyOf(all);
    }

    static Suite suite() {
        return suite;
    }

    static OtlpReceiver otlp() {
        return otlp;
    }

    private static synchronized void stop() {
        if (suite != null) {
            suite.close();
            suite = null;
        }
        if (otlp != null) {
            otlp.close();
            otlp = null;
        }
    }

    private static java.nio.file.Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("malstyrning-system-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
