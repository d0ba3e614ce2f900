package se.malstyrning.indicators.observation;

import se.malstyrning.runtime.problem.ProblemException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which observations a query asks for: any number of indicators (by code), areas, years and
 * genders, each given as repeated or comma-separated query values. At least indicators or areas
 * must be named, so that no query scans the whole national table; years lie in
 * {@link Years#FIRST}–{@link Years#LAST}, and a range runs forwards.
 */
public record ObservationFilter(List<String> indicatorCodes, List<String> areas, List<Integer> years,
                                Optional<Integer> fromYear, Optional<Integer> toYear, List<Gender> genders,
                                Optional<Instant> changedSince) {

    /** Any indicators, areas and years (all when empty), every gender, however old. */
    public static ObservationFilter of(List<String> indicatorCodes, List<String> areas, List<Integer> years,
                                       Optional<Instant> changedSince) {
        return new ObservationFilter(indicatorCodes, areas, years, Optional.empty(), Optional.empty(), List.of(), changedSince);
    }

    public static ObservationFilter parse(List<String> indicator, List<String> area, List<String> year,
                                          String fromYear, String toYear, List<String> gender) {
        return parse(indicator, area, new Periods("year", year, "fromYear", fromYear, "toYear", toYear), gender);
    }

    /** The periods a query names, with the names of the parameters it named them by (for its problems). */
    public record Periods(String periodName, List<String> period, String fromName, String from, String toName, String to) {
    }

    public static ObservationFilter parse(List<String> indicator, List<String> area, Periods periods, List<String> gender) {
        List<String> indicatorCodes = split(indicator);
        List<String> areas = split(area);
        if (indicatorCodes.isEmpty() && areas.isEmpty()) {
            throw ProblemException.invalidField("indicator", "name at least one indicator or area");
        }
        Optional<Integer> from = optionalYear(periods.fromName(), periods.from());
        Optional<Integer> to = optionalYear(periods.toName(), periods.to());
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw ProblemException.invalidField(periods.fromName(), "must not be after " + periods.toName());
        }
        return new ObservationFilter(indicatorCodes, areas,
                split(periods.period()).stream().map(text -> Years.parse(periods.periodName(), text)).toList(), from, to,
                split(gender).stream().map(code -> Gender.parse("gender", code)).toList(), Optional.empty());
    }

    private static Optional<Integer> optionalYear(String field, String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Years.parse(field, text));
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }
}
