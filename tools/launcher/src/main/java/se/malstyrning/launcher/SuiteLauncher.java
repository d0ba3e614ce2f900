package se.malstyrning.launcher;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the whole suite on this machine with the demo data, prints where everything is, and
 * stops it all on Ctrl-C. Options: {@code --no-demo-data}, {@code --benchmark-ports} (the addresses of
 * {@link Ports#forBenchmarks()} instead of the standard ones).
 */
public final class SuiteLauncher {

    private static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[]{"admin", "admin", "everything"},
            new String[]{"strateg", "strategist", "the municipal office: vision, areas, council goals, cycles, remiss"},
            new String[]{"reader", "reader", "reads drafts and unpublished material"},
            new String[]{"bun", "board-editor", "Barn- och utbildningsnämnden (BUN)"},
            new String[]{"sn", "board-editor", "Socialnämnden (SN)"},
            new String[]{"mbn", "board-editor", "Miljö- och byggnämnden (MBN)"},
            new String[]{"kfn", "board-editor", "Kultur- och fritidsnämnden (KFN)"},
            new String[]{"tn", "board-editor", "Tekniska nämnden (TN)"},
            new String[]{"energi", "board-editor", "Vaggeryds Energi AB (VEAB)"},
            new String[]{"bostader", "board-editor", "the municipal housing company (VBAB)"});

    private SuiteLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean demoData = !List.of(args).contains("--no-demo-data");
        Ports ports = List.of(args).contains("--benchmark-ports") ? Ports.forBenchmarks() : Ports.standard();
        SuiteSettings settings = SuiteSettings.fromEnvironment(ports, demoData);
        System.out.println("Starting PostgreSQL, Keycloak, goals-, indicators- and followup-service and the gateway"
                + " (logs in " + settings.dataDirectory().resolve("logs") + ") ...");
        Suite suite = Suite.prepare(settings);
        // Before starting: Ctrl-C while the suite starts stops what has been started so far.
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("\nStopping the suite ...");
            suite.close();
            System.out.println("Stopped.");
        }, "suite-shutdown"));
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            if (stopping.get()) {
                return; // Ctrl-C during start-up: the hook stops what was started.
            }
            throw e;
        }
        printWelcome(suite, settings);
        Thread.currentThread().join();
    }

    private static void printWelcome(Suite suite, SuiteSettings settings) {
        String gateway = suite.gatewayUrl().toString();
        StringBuilder text = new StringBuilder();
        text.append("\nThe suite is running").append(settings.demoData() ? " with the demo data of Vaggeryds kommun" : "")
                .append(".\n\n")
                .append("  Swagger UI (all APIs)  ").append(gateway).append("/swagger-ui\n")
                .append("  Merged OpenAPI         ").append(gateway).append("/openapi\n")
                .append("  APIs                   ").append(gateway).append("/goals/v1, /indicators/v1, /followup/v1\n")
                .append("  Keycloak               ").append(suite.keycloakUrl()).append("/admin  (realm ")
                .append(Suite.REALM).append(settings.externalKeycloak().isPresent() ? ")\n" : "; kc-admin / kc-admin)\n")
                .append("  Gateway metrics        ").append(suite.gatewayMetricsUrl()).append("  (not through ")
                .append(gateway).append(")\n")
                .append("  Traces                 ").append(settings.otlpEndpoint().map(endpoint -> "sent to " + endpoint)
                        .orElse("not recorded (set " + SuiteSettings.OTLP_ENDPOINT + " to a collector's OTLP/HTTP address)")).append("\n")
                .append("  PostgreSQL             ").append(suite.isEmbeddedPostgres() ? "embedded, data in "
                        + settings.dataDirectory().resolve("postgres") : "external, from POSTGRES_URL").append("\n\n")
                .append("Demo accounts (password = user name):\n");
        for (String[] account : DEMO_ACCOUNTS) {
            text.append(String.format("  %-9s %-13s %s%n", account[0], account[1], account[2]));
        }
        text.append("\nA token for scripts (client 'cli' is for demos and tests only):\n")
                .append("  curl -s -d grant_type=password -d client_id=cli -d username=strateg -d password=strateg \\\n")
                .append("       ").append(suite.keycloakUrl()).append("/realms/").append(Suite.REALM)
                .append("/protocol/openid-connect/token\n")
                .append("\nPress Ctrl-C to stop everything.\n");
        System.out.println(text);
    }
}
