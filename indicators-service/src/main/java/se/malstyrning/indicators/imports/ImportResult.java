package se.malstyrning.indicators.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an import did: importing the same file again creates and revises nothing")
public record ImportResult(
        ImportFormat format,
        @Schema(description = "Rows read (values, for Kolada JSON)") long rows,
        @Schema(description = "New observations") long created,
        @Schema(description = "Observations whose value, status or source changed; the previous values are kept in their history") long revised,
        @Schema(description = "Rows equal to what was stored") long unchanged) {
}
