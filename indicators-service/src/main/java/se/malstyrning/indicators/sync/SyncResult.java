package se.malstyrning.indicators.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.indicators.imports.ImportResult;

@Schema(name = "KoladaSyncResult", description = "What a sync did; running it again with unchanged Kolada data creates and revises nothing")
public record SyncResult(long pages, long rows, long created, long revised, long unchanged) {

    static final SyncResult NOTHING = new SyncResult(0, 0, 0, 0, 0);

    SyncResult plus(ImportResult page) {
        return new SyncResult(pages + 1, rows + page.rows(), created + page.created(), revised + page.revised(),
                unchanged + page.unchanged());
    }
}
