package se.malstyrning.goals.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "MandatePeriod")
public record MandatePeriodView(UUID id, String code, String name, int startYear, int endYear,
                                @Schema(description = "The budget years inside the period") List<Integer> budgetYears,
                                long version) {

    public static MandatePeriodView of(MandatePeriod period) {
        return new MandatePeriodView(period.id, period.code, period.name, period.startYear, period.endYear,
                period.budgetYears(), period.version);
    }
}
