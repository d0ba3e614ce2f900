package se.malstyrning.indicators.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "KoladaSyncRun", description = "The last Kolada sync: when it ran, how it was started and what came of it")
public record SyncRunView(
        SyncTrigger trigger,
        Instant startedAt,
        Instant finishedAt,
        SyncOutcome outcome,
        @Schema(description = "What it imported before it ended (all of it when it succeeded)") SyncResult result,
        @Schema(description = "Why it failed; only on a failed run") String error) {

    static SyncRunView of(SyncRun run) {
        return new SyncRunView(run.trigger, run.startedAt, run.finishedAt, run.outcome,
                new SyncResult(run.pages, run.rows, run.created, run.revised, run.unchanged), run.error);
    }
}
