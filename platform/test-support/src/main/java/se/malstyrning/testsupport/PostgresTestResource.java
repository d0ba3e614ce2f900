package se.malstyrning.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.malstyrning.postgres.PostgresServer;

import java.util.Map;
import java.util.Optional;

/**
 * Gives a {@code @QuarkusTest} its own database: on an embedded PostgreSQL by default, or on the
 * server named by {@code POSTGRES_URL}. Takes the database name from the init argument
 * {@code database}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.fromEnvironment(System.getenv(), 0, Optional.empty(), false);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.ensureDatabase(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
