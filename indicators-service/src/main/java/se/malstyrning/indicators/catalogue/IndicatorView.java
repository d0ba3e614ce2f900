package se.malstyrning.indicators.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Indicator")
public record IndicatorView(
        UUID id,
        @Schema(example = "N15428") String code,
        String title,
        String description,
        String unit,
        IndicatorSource source,
        Quality quality,
        Polarity polarity,
        Frequency frequency,
        Horizon horizon,
        boolean dividedByGender,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.id, indicator.code, indicator.title, indicator.description, indicator.unit,
                indicator.source, indicator.quality, indicator.polarity, indicator.frequency, indicator.horizon,
                indicator.dividedByGender, indicator.version, indicator.createdAt, indicator.createdBy,
                indicator.updatedAt, indicator.updatedBy);
    }
}
