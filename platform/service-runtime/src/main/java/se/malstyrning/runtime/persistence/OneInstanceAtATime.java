package se.malstyrning.runtime.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in one instance of a service at a time, across all the instances that share its
 * database (replicas of a Deployment starting together): a PostgreSQL session advisory lock, named
 * by the work, held on a connection of its own for as long as the work runs. Work that checks
 * whether something exists and creates it if not (the demo data) is then never done twice.
 */
@ApplicationScoped
public class OneInstanceAtATime {

    private final DataSource dataSource;

    public OneInstanceAtATime(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits until no other instance runs work of this name, then runs it and returns its result. */
    public <T> T run(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection, "SELECT pg_advisory_lock(hashtext(?))", name);
            try {
                return work.get();
            } finally {
                lock(connection, "SELECT pg_advisory_unlock(hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock for " + name, e);
        }
    }

    public void run(String name, Runnable work) {
        run(name, () -> {
            work.run();
            return null;
        });
    }

    private static void lock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.execute();
        }
    }
}
