package se.malstyrning.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for the suite: the external one named by {@code POSTGRES_URL}
 * ({@code jdbc:postgresql://host:port}, with {@code POSTGRES_USER} and {@code POSTGRES_PASSWORD}),
 * or else a real PostgreSQL started in-process from the embedded binaries.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_VARIABLE = "POSTGRES_URL";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(60);
    private static final Map<String, String> FAST_SETTINGS = Map.of("max_connections", "200");
    /**
     * The embedded defaults (fsync off, synchronous_commit off) may lose acknowledged commits in a
     * crash; these override them ({@code -c fsync=on} comes after the embedded {@code -F} and wins).
     */
    private static final Map<String, String> DURABLE_SETTINGS = Map.of("max_connections", "200",
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private final String serverUrl;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Path dataDirectory;
    private final Map<String, String> settings;
    /** Read while the first server runs: a dead process no longer tells its binary. */
    private final Optional<String> postgresBinary;

    private PostgresServer(String serverUrl, String username, String password, EmbeddedPostgres embedded,
                           Path dataDirectory, Map<String, String> settings) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.username = username;
        this.password = password;
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.postgresBinary = dataDirectory == null ? Optional.empty()
                : postmaster().flatMap(process -> process.info().command());
    }

    /**
     * @param embeddedPort port for the embedded server, 0 for any free port
     * @param dataDirectory where the embedded server keeps its data between runs; empty for a
     *                      throw-away directory
     * @param durable whether an acknowledged commit must survive a crash of the embedded server (the
     *                suite, like a real installation); throw-away test databases go without, for speed
     */
    public static PostgresServer fromEnvironment(Map<String, String> environment, int embeddedPort,
                                                 Optional<Path> dataDirectory, boolean durable) {
        String external = environment.get(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new PostgresServer(external.strip(),
                    environment.getOrDefault("POSTGRES_USER", "postgres"),
                    environment.getOrDefault("POSTGRES_PASSWORD", ""), null, null, Map.of());
        }
        return startEmbedded(embeddedPort, dataDirectory, durable ? DURABLE_SETTINGS : FAST_SETTINGS);
    }

    private static PostgresServer startEmbedded(int port, Optional<Path> dataDirectory, Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            settings.forEach(builder::setServerConfig);
            dataDirectory.ifPresent(directory -> builder
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false));
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer("jdbc:postgresql://localhost:" + postgres.getPort(),
                    "postgres", "postgres", postgres, dataDirectory.orElse(null), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String serverUrl() {
        return serverUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Creates the database when it does not exist yet and returns its JDBC URL. */
    public String ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", username, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            boolean missing;
            try (var result = exists.executeQuery()) {
                missing = !result.next();
            }
            if (missing) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name + " on " + serverUrl, e);
        }
        return serverUrl + name;
    }

    /**
     * Kills the embedded server as a crash would ({@code kill -9} of the postmaster, found by the data
     * directory's {@code postmaster.pid}, and of its children) and returns once all of them are gone.
     */
    public void crash() {
        requireEmbedded();
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
        processes.add(postmaster);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not die", e);
            }
        }
    }

    /**
     * Starts the embedded server again after {@link #crash()}: the same binaries, port, data
     * directory and settings (PostgreSQL recovers from its WAL); returns once it accepts connections.
     */
    public void restartAfterCrash() {
        requireEmbedded();
        // pg_ctl next to the postmaster's binary, as the embedded start does it: PostgreSQL refuses to
        // run as root, so as root it runs in a user namespace of its own (unshare -U), like that start.
        Path pgCtl = Path.of(postgresBinary.orElseThrow(
                () -> new IllegalStateException("The postgres binary of the first start is unknown"))).resolveSibling("pg_ctl");
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(embedded.getPort())));
        settings.forEach((key, value) -> options.addAll(List.of("-c", key + "=" + value)));
        Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restart.log");
        try {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(),
                    "-l", log.toString(), "-o", String.join(" ", options), "start"));
            Process pgCtlStart = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!pgCtlStart.waitFor(RESTART_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || pgCtlStart.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl could not restart PostgreSQL; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(RESTART_TIMEOUT);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(serverUrl + "postgres", username, password)) {
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not come back after the restart", e);
                }
                sleep();
            }
        }
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return ProcessHandle.of(pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireEmbedded() {
        if (embedded == null || dataDirectory == null) {
            throw new IllegalStateException("Only an embedded PostgreSQL with a data directory can be crashed and restarted");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                // Stops the server by its data directory: the first one or the restarted one.
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
