package se.malstyrning.indicators.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.SeriesPoint;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class ComparisonService {

    private final IndicatorRepository indicators;
    private final ObservationStore observations;

    public ComparisonService(IndicatorRepository indicators, ObservationStore observations) {
        this.indicators = indicators;
        this.observations = observations;
    }

    /** Compares in the given year, or in the area's latest year with a value; against all municipalities or a group. */
    @Transactional
    public ComparisonView compare(UUID indicatorId, String area, Optional<Integer> year, Gender gender, List<String> group) {
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("indicator", indicatorId));
        int period = year.orElseGet(() -> observations.series(indicatorId, area, gender).stream()
                .map(SeriesPoint::period).reduce((first, last) -> last)
                .orElseThrow(() -> noValue(area, "any year")));
        List<String> compared = group.isEmpty() || group.contains(area) ? group
                : Stream.concat(group.stream(), Stream.of(area)).toList();
        Map<String, Double> values = observations.municipalityValues(indicatorId, period, gender, compared);
        Ranking ranking = Ranking.of(indicator.polarity, values, area).orElseThrow(() -> noValue(area, Integer.toString(period)));
        return new ComparisonView(indicatorId, indicator.code, area, period, gender, values.get(area), ranking.rank(),
                ranking.of(), ranking.quartile(), ranking.colour(), group, ComparisonView.RULE);
    }

    private static ProblemException noValue(String area, String when) {
        return new ProblemException(ProblemType.NOT_FOUND, "municipality " + area + " has no value for " + when);
    }
}
