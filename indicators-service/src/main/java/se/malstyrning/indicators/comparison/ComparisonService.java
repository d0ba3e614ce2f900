package se.malstyrning.indicators.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.municipality.MunicipalityGroupService;
import se.malstyrning.indicators.municipality.MunicipalityRepository;
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
    private final MunicipalityGroupService groups;
    private final MunicipalityRepository municipalities;

    public ComparisonService(IndicatorRepository indicators, ObservationStore observations, MunicipalityGroupService groups,
                             MunicipalityRepository municipalities) {
        this.groups = groups;
        this.municipalities = municipalities;
        this.indicators = indicators;
        this.observations = observations;
    }

    /** Compares in the given year, or in the area's latest year with a value; against all municipalities or a group. */
    @Transactional
    public ComparisonView compare(UUID indicatorId, String area, Optional<Integer> year, Gender gender, List<String> asked) {
        Optional<String> groupCode = asked.size() == 1 && !asked.getFirst().matches("[0-9]{4}") ? Optional.of(asked.getFirst())
                : Optional.empty();
        List<String> group = groupCode.map(code -> Optional.ofNullable(groups.membersOf(List.of(code)).get(code))
                        .orElseThrow(() -> ProblemException.invalidField("group", "no municipality group with code " + code)))
                .orElse(asked);
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("indicator", indicatorId));
        int period = year.orElseGet(() -> observations.series(indicatorId, area, gender).stream()
                .map(SeriesPoint::period).reduce((first, last) -> last)
                .orElseThrow(() -> noValue(area, "any year")));
        List<String> compared = group.isEmpty() || group.contains(area) ? group
                : Stream.concat(group.stream(), Stream.of(area)).toList();
        Map<String, Double> values = observations.municipalityValues(indicatorId, period, gender, compared);
        Ranking ranking = Ranking.of(indicator.polarity, values, area).orElseThrow(() -> noValue(area, Integer.toString(period)));
        String areaName = municipalities.title(area).orElse(area);
        return new ComparisonView(indicatorId, indicator.code, area, areaName, period, period, gender,
                values.get(area), ranking.rank(), ranking.of(), ranking.quartile(), ranking.colour(), group, groupCode.orElse(null),
                ComparisonView.RULE, ranking.of() > 1, ComparisonView.summary(areaName, period, ranking.rank(), ranking.of()));
    }

    private static ProblemException noValue(String area, String when) {
        return new ProblemException(ProblemType.NOT_FOUND, "municipality " + area + " has no value for " + when);
    }
}
