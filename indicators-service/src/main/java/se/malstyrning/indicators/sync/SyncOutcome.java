package se.malstyrning.indicators.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** SUCCEEDED: every page imported; FAILED: it stopped (what was imported before stays, the next run completes it). */
@Schema(name = "KoladaSyncOutcome")
public enum SyncOutcome {
    SUCCEEDED, FAILED
}
