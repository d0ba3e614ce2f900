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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole suite as running processes: PostgreSQL, Keycloak with the realm, the three services
 * and the gateway. Used by the launcher and by the system tests.
 */
public final class Suite implements AutoCloseable {

    public static final String REALM = "malstyrning";
    private static final String KEYCLOAK = "keycloak";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SuiteSettings settings;
    private final Path logDirectory;
    private final Map<Service, ManagedProcess> services = new EnumMap<>(Service.class);
    private final Map<Service, String> databaseUrls = new EnumMap<>(Service.class);
    private PostgresServer postgres;
    private ManagedProcess keycloak;
    private Path keycloakHome;
    private Path keycloakArchive;
    private boolean closed;
    /** The processes that answered ready since they were started. */
    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    private Suite(SuiteSettings settings) {
        this.settings = settings;
        this.logDirectory = settings.dataDirectory().resolve("logs");
    }

    /** Starts every part and returns once all of them answer ready; stops what it started if one fails. */
    public static Suite start(SuiteSettings settings) {
        Suite suite = prepare(settings);
        suite.startAll();
        return suite;
    }

    /**
     * A suite not started yet, so that a caller can arrange for {@link #close()} (a shutdown hook)
     * before {@link #startAll()}: Ctrl-C during start-up then stops what had been started.
     */
    public static Suite prepare(SuiteSettings settings) {
        return new Suite(settings);
    }

    /** Starts every part and returns once all of them answer ready; stops what it started if one fails. */
    public void startAll() {
        try {
            // Keycloak, the services and the gateway start side by side, as in a cluster: a service
            // asks Keycloak for its keys when the first token arrives, and the gateway asks the
            // services only when a request comes, not at start-up. Keycloak (in-memory, the slowest
            // to start) goes first; the services wait only for PostgreSQL.
            launchKeycloak();
            startPostgres();
            List<Service> all = List.of(Service.GOALS, Service.INDICATORS, Service.FOLLOWUP, Service.GATEWAY);
            all.forEach(this::launch);
            awaitKeycloak();
            awaitReady(all);
        } catch (RuntimeException e) {
            close();
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
        Optional.ofNullable(services.remove(service)).ifPresent(process -> {
            process.stop(STOP_GRACE);
            if (!ready.remove(service.module())) {
                forgetArchive(archiveOf(service.module()));
            }
        });
    }

    /**
     * A process stopped before it was ready wrote an archive of the few classes it had loaded, which
     * the JVM would take as valid from then on: without it, the next start writes a whole one.
     */
    private static void forgetArchive(Path archive) {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            System.err.println("Could not remove " + archive + ": " + e);
        }
    }

    private Path archiveOf(String process) {
        return settings.dataDirectory().resolve("cds").resolve(process + ".jsa");
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void restart(Service service) {
        stop(service);
        launch(service);
        awaitReady(List.of(service));
    }

    private synchronized void startPostgres() {
        refuseWhenClosed();
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

    private synchronized void launchKeycloak() {
        refuseWhenClosed();
        if (settings.externalKeycloak().isPresent()) {
            return;
        }
        Path home = KeycloakDistribution.ensureUnpacked(settings.cacheDirectory());
        keycloakHome = home;
        copyRealm(home);
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", javaHome().toString());
        // The master realm's administrator of this local, in-memory Keycloak: demo only.
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kc-admin");
        // A class-data archive made when Keycloak first stops, kept beside the distribution for the
        // next suite's first start (KeycloakDistribution); and C1 alone: this demo Keycloak serves a
        // few tokens, and without C2 its start-up takes about a third less CPU on a busy machine.
        keycloakArchive = KeycloakDistribution.seedArchive(home, archiveOf(KEYCLOAK));
        environment.put("JAVA_OPTS_APPEND", "-XX:SharedArchiveFile=" + keycloakArchive
                + " -XX:+AutoCreateSharedArchive -XX:TieredStopAtLevel=1");
        Ports ports = settings.ports();
        keycloak = ManagedProcess.start(KEYCLOAK, List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + ports.keycloak(), "--http-management-port=" + ports.keycloakManagement(),
                        "--db=dev-mem", "--import-realm", "--health-enabled=true"),
                environment, home, logDirectory);
    }

    private void awaitKeycloak() {
        ManagedProcess process;
        synchronized (this) {
            refuseWhenClosed();
            process = keycloak;
        }
        if (process == null) {
            return;
        }
        process.awaitReady(URI.create(settings.keycloakUrl() + "/realms/" + REALM + "/.well-known/openid-configuration"),
                START_TIMEOUT);
        ready.add(KEYCLOAK);
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

    private synchronized void launch(Service service) {
        refuseWhenClosed();
        Path application = settings.root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(application)) {
            throw new IllegalStateException(application + " is missing: build the suite first (mvn package)");
        }
        createDirectories(archiveOf(service.module()).getParent());
        // The images' JVM options (deploy/images/jvm.options), and a class-data archive of each process
        // made when it first stops and used from then on (faster starts, less memory per process).
        List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(),
                "@" + settings.jvmOptions(),
                "-XX:SharedArchiveFile=" + archiveOf(service.module()),
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
            ManagedProcess process;
            synchronized (this) {
                refuseWhenClosed();
                process = services.get(service);
            }
            process.awaitReady(URI.create(serviceUrl(service) + "/q/health/ready"), START_TIMEOUT);
            ready.add(service.module());
        }
    }

    private static Path javaHome() {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
    }

    /** After close(), while start-up goes on in another thread: nothing more is started. */
    private void refuseWhenClosed() {
        if (closed) {
            throw new IllegalStateException("The suite is stopping");
        }
    }

    /** Stops everything in the reverse order of starting; safe to call more than once. */
    @Override
    public synchronized void close() {
        closed = true;
        stop(Service.GATEWAY);
        for (Service service : List.of(Service.FOLLOWUP, Service.INDICATORS, Service.GOALS)) {
            stop(service);
        }
        if (keycloak != null) {
            keycloak.stop(STOP_GRACE);
            keycloak = null;
            if (ready.remove(KEYCLOAK)) {
                KeycloakDistribution.keepArchive(keycloakHome, keycloakArchive);
            } else {
                forgetArchive(keycloakArchive);
            }
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
