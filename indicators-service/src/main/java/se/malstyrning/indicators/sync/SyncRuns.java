package se.malstyrning.indicators.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.time.Instant;
import java.util.UUID;

/** The record of the Kolada syncs: each run is written in a transaction of its own, so a failed one is kept too. */
@ApplicationScoped
public class SyncRuns {

    private static final int MAX_ERROR = 2000;

    private final SyncRunRepository runs;

    public SyncRuns(SyncRunRepository runs) {
        this.runs = runs;
    }

    void record(SyncTrigger trigger, Instant startedAt, SyncOutcome outcome, SyncResult result, String error) {
        SyncRun run = new SyncRun();
        run.id = UUID.randomUUID();
        run.trigger = trigger;
        run.startedAt = startedAt;
        run.finishedAt = Instant.now();
        run.outcome = outcome;
        run.pages = result.pages();
        run.rows = result.rows();
        run.created = result.created();
        run.revised = result.revised();
        run.unchanged = result.unchanged();
        run.error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        QuarkusTransaction.requiringNew().run(() -> runs.persist(run));
    }

    public SyncRunView last() {
        return runs.last().map(SyncRunView::of).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No Kolada sync has run yet"));
    }
}
