package se.malstyrning.runtime.problem;

import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnreachableTest {

    private static SQLException lostConnection() {
        return new SQLException("An I/O error occurred while sending to the backend.", "08006");
    }

    @Test
    void shouldRecogniseALostConnectionAmongTheCauses() {
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException(new IllegalStateException(lostConnection()))));
    }

    @Test
    void shouldRecogniseALostConnectionSuppressedByAFailedCommit() {
        // The shape of a commit whose connection was lost: the transaction manager's rollback
        // exception, the resource's XAException only among its suppressed exceptions.
        XAException resource = new XAException("Error trying to transactionCommit local transaction");
        resource.initCause(lostConnection());
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(resource);
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void shouldNotTakeAnotherDatabaseErrorForAnOutage() {
        Exception rollback = new Exception("Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key value", "23505"));
        assertFalse(ProblemMappers.databaseUnreachable(new RuntimeException(rollback)));
    }

    @Test
    void shouldEndOnACycleOfSuppressedExceptions() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.addSuppressed(second);
        assertFalse(ProblemMappers.databaseUnreachable(first));
    }
}
