package se.malstyrning.indicators.comparison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.indicators.observation.Gender;

import java.util.List;
import java.util.UUID;

@Schema(name = "Comparison", description = "Where a municipality stands among others for an indicator, year and gender")
public record ComparisonView(
        UUID indicatorId,
        String indicatorCode,
        @Schema(example = "0665") String area,
        @Schema(description = "The municipality's name", example = "Vaggeryd") String areaName,
        @Schema(description = "The period (year) compared, named as in observations and queries", example = "2023") int period,
        @Schema(description = "The period compared, under its old name: read period", deprecated = true) int year,
        Gender gender,
        double value,
        @Schema(description = "1 is the best value") int rank,
        @Schema(description = "How many municipalities have a value") int of,
        @Schema(description = "1 is the best quarter") int quartile,
        Colour colour,
        @Schema(description = "The municipalities compared; empty for all municipalities") List<String> group,
        @Schema(description = "The municipality group compared against, when one was named by its code", example = "GL06")
        String groupCode,
        @Schema(description = "The ranking rule in words") String rule,
        @Schema(description = "False when no other municipality of the comparison reports a value for the year: then there"
                + " is nothing to rank against, and rank, of, quartile and colour say nothing") boolean comparable,
        @Schema(description = "The comparison in words, e.g. that only this municipality reports a value",
                example = "Endast Vaggeryd redovisar ett värde för 2024: det finns inget att jämföra med.") String summary) {

    /** The comparison in words; a lone value is said to be one, never called "rank 1 of 1". */
    static String summary(String areaName, int year, int rank, int of) {
        return of <= 1 ? "Endast " + areaName + " redovisar ett värde för " + year + ": det finns inget att jämföra med."
                : areaName + " har plats " + rank + " av " + of + " kommuner med ett värde för " + year + ".";
    }

    static final String RULE = "Rank 1 is the best value (highest, or lowest when lower is better); equal values share a rank. "
            + "Quartile = floor((rank - 1) * 4 / of) + 1; quartile 1 is green, 4 red, 2 and 3 yellow, as Kolada colours.";
}
