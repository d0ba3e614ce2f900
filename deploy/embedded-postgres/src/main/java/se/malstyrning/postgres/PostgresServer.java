package se.malstyrning.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for the suite: the external one named by {@code POSTGRES_URL}
 * ({@code jdbc:postgresql://host:port}, with {@code POSTGRES_USER} and {@code POSTGRES_PASSWORD}),
 * or else a real PostgreSQL started in-process from the embedded binaries.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_VARIABLE = "POSTGRES_URL";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String serverUrl;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String serverUrl, String username, String password, EmbeddedPostgres embedded) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * @param embeddedPort port for the embedded server, 0 for any free port
     * @param dataDirectory where the embedded server keeps its data between runs; empty for a
     *                      throw-away directory
     */
    public static PostgresServer fromEnvironment(Map<String, String> environment, int embeddedPort,
                                                 Optional<Path> dataDirectory) {
        String external = environment.get(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new PostgresServer(external.strip(),
                    environment.getOrDefault("POSTGRES_USER", "postgres"),
                    environment.getOrDefault("POSTGRES_PASSWORD", ""), null);
        }
        return startEmbedded(embeddedPort, dataDirectory);
    }

    private static PostgresServer startEmbedded(int port, Optional<Path> dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "200");
            dataDirectory.ifPresent(directory -> builder
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false));
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer("jdbc:postgresql://localhost:" + postgres.getPort(),
                    "postgres", "postgres", postgres);
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

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
