package se.malstyrning.indicators.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a sync was started: by the schedule (malstyrning.kolada-sync.every) or by hand (POST kolada-syncs). */
@Schema(name = "KoladaSyncTrigger")
public enum SyncTrigger {
    SCHEDULE, MANUAL
}
