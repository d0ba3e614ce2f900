package se.malstyrning.launcher;

import se.malstyrning.postgres.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole suite as running processes: PostgreSQL, Keycloak with the realm, the three services
 * and the gateway. Used by the launcher and by the system tests.
 */
public final class Suite implements AutoCloseable {

    public static final String REALM = "malstyrning";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SuiteSettings settings;
    private final Path logDirectory;
    private final Map<Service, ManagedProcess> services = new EnumMap<>(Service.class);
    private final Map<Service, String> databaseUrls = new EnumMap<>(Service.class);
    private PostgresServer postgres;
    private ManagedProcess keycloak;

    private Suite(SuiteSettings settings) {
        this.settings = settings;
        this.logDirectory = settings.dataDirectory().resolve("logs");
    }

    /** Starts every part and returns once all of them answer ready; stops what it started if one fails. */
    public static Suite start(SuiteSettings settings) {
        Suite suite = new Suite(settings);
        try {
            suite.startPostgres();
            // Keycloak and the services start side by side, as in a cluster: a service asks Keycloak
            // for its keys when the first token arrives, not at start-up.
            suite.launchKeycloak();
            for (Service service : List.of(Service.GOALS, Service.INDICATORS, Service.FOLLOWUP)) {
                suite.launch(service);
            }
            suite.awaitKeycloak();
            suite.awaitReady(List.of(Service.GOALS, Service.INDICATORS, Service.FOLLOWUP));
            suite.launch(Service.GATEWAY);
            suite.awaitReady(List.of(Service.GATEWAY));
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public URI gatewayUrl() {
        return URI.create("http://localhost:" + settings.ports().gateway());
    }

    public URI keycloakUrl() {
        return settings.keycloakUrl();
    }

    /** The gateway's metrics, on its management interface. */
    public URI gatewayMetricsUrl() {
        return URI.create("http://localhost:" + settings.ports().gatewayManagement() + "/q/metrics");
    }

    public URI serviceUrl(Service service) {
        return URI.create("http://localhost:" + service.port(settings.ports()));
    }

    public Path logDirectory() {
        return logDirectory;
    }

    public boolean isEmbeddedPostgres() {
        return postgres != null && postgres.isEmbedded();
    }

    /** The suite's PostgreSQL (the durability system test crashes and restarts the embedded one). */
    public PostgresServer postgres() {
        return postgres;
    }

    /** Stops one service, as an outage would (the system tests use it for the 503 path). */
    public void stop(Service service) {
        Optional.ofNullable(services.remove(service)).ifPresent(process -> process.stop(STOP_GRACE));
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void restart(Service service) {
        stop(service);
        launch(service);
        awaitReady(List.of(service));
    }

    private void startPostgres() {
        postgres = PostgresServer.fromEnvironment(settings.environment(), settings.ports().postgres(),
                Optional.of(settings.dataDirectory().resolve("postgres")), true);
        for (Service service : Service.values()) {
            if (service.database() != null) {
                databaseUrls.put(service, postgres.ensureDatabase(service.database()));
            }
        }
        // The first start on a machine unpacks PostgreSQL's binaries in this JVM, which takes a large
        // heap for a moment (tools/launcher/jvm.options); a full collection gives it back, so that the
        // supervisor stays small for the hours it runs.
        System.gc();
    }

    private void launchKeycloak() {
        if (settings.externalKeycloak().isPresent()) {
            return;
        }
        Path home = KeycloakDistribution.ensureUnpacked(settings.cacheDirectory());
        copyRealm(home);
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", javaHome().toString());
        // The master realm's administrator of this local, in-memory Keycloak: demo only.
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kc-admin");
        // As the services: a class-data archive made when Keycloak first stops, used from then on.
        createDirectories(settings.dataDirectory().resolve("cds"));
        environment.put("JAVA_OPTS_APPEND", "-XX:SharedArchiveFile=" + settings.dataDirectory().resolve("cds").resolve("keycloak.jsa")
                + " -XX:+AutoCreateSharedArchive");
        Ports ports = settings.ports();
        keycloak = ManagedProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + ports.keycloak(), "--http-management-port=" + ports.keycloakManagement(),
                        "--db=dev-mem", "--import-realm", "--health-enabled=true"),
                environment, home, logDirectory);
    }

    private void awaitKeycloak() {
        if (keycloak == null) {
            return;
        }
        keycloak.awaitReady(URI.create(settings.keycloakUrl() + "/realms/" + REALM + "/.well-known/openid-configuration"),
                START_TIMEOUT);
        // Told to this Keycloak, not written into the shared distribution's import folder, so that
        // suites on other ports (system tests of another checkout) cannot overwrite it.
        KeycloakAdmin.allowSwaggerUiAt(settings.keycloakUrl(), "kc-admin", "kc-admin", REALM,
                URI.create("http://localhost:" + settings.ports().gateway()));
    }

    private void copyRealm(Path keycloakHome) {
        try {
            Path imports = Files.createDirectories(keycloakHome.resolve("data/import"));
            Files.copy(settings.root().resolve("deploy/keycloak/malstyrning-realm.json"),
                    imports.resolve("malstyrning-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not place the realm for import", e);
        }
    }

    private void launch(Service service) {
        Path application = settings.root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build the suite first (mvn package)");
        }
        createDirectories(settings.dataDirectory().resolve("cds"));
        // The images' JVM options (deploy/images/jvm.options), and a class-data archive of each process
        // made when it first stops and used from then on (faster starts, less memory per process).
        List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(),
                "@" + settings.jvmOptions(),
                "-XX:SharedArchiveFile=" + settings.dataDirectory().resolve("cds").resolve(service.module() + ".jsa"),
                "-XX:+AutoCreateSharedArchive"));
        if (service == Service.GATEWAY) {
            settings.gatewayProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        }
        command.addAll(List.of("-jar", application.toString()));
        services.put(service, ManagedProcess.start(service.module(), command, environmentOf(service),
                settings.root(), logDirectory));
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    private Map<String, String> environmentOf(Service service) {
        Ports ports = settings.ports();
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(service.port(ports)));
        // As in the images: glibc's malloc held to two arenas (each thread's own arena costs resident memory).
        environment.put("MALLOC_ARENA_MAX", "2");
        if (service == Service.GATEWAY) {
            environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(ports.gatewayManagement()));
        }
        environment.put("MALSTYRNING_KEYCLOAK_URL", settings.keycloakUrl().toString());
        // Links the services write point at the suite's front door.
        environment.put("MALSTYRNING_PUBLIC_BASE_URL", gatewayUrl().toString());
        if (service.database() != null) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrls.get(service));
            environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            environment.put("MALSTYRNING_DEMO_DATA_ENABLED", Boolean.toString(settings.demoData()));
        }
        environment.put("GOALS_URL", serviceUrl(Service.GOALS).toString());
        environment.put("INDICATORS_URL", serviceUrl(Service.INDICATORS).toString());
        environment.put("FOLLOWUP_URL", serviceUrl(Service.FOLLOWUP).toString());
        if (service != Service.GATEWAY) {
            environment.putAll(settings.serviceEnvironment());
        }
        settings.otlpEndpoint().ifPresent(endpoint -> environment.put(SuiteSettings.OTLP_ENDPOINT, endpoint.toString()));
        return environment;
    }

    private void awaitReady(List<Service> starting) {
        for (Service service : starting) {
            services.get(service).awaitReady(URI.create(serviceUrl(service) + "/q/health/ready"), START_TIMEOUT);
        }
    }

    private static Path javaHome() {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
    }

    /** Stops everything in the reverse order of starting; safe to call more than once. */
    @Override
    public synchronized void close() {
        stop(Service.GATEWAY);
        for (Service service : List.of(Service.FOLLOWUP, Service.INDICATORS, Service.GOALS)) {
            stop(service);
        }
        if (keycloak != null) {
            keycloak.stop(STOP_GRACE);
            keycloak = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
