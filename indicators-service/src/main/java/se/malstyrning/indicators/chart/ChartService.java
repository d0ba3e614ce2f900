package se.malstyrning.indicators.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.IndicatorSource;
import se.malstyrning.indicators.municipality.AreaNames;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.target.TargetRepository;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChartService {

    private final IndicatorRepository indicators;
    private final ObservationStore observations;
    private final TargetRepository targets;
    private final AreaNames names;

    public ChartService(IndicatorRepository indicators, ObservationStore observations, TargetRepository targets, AreaNames names) {
        this.names = names;
        this.indicators = indicators;
        this.observations = observations;
        this.targets = targets;
    }

    /** The series of an indicator for an area and gender, with the lines of its target (of the goal, when named). */
    @Transactional
    public String svg(UUID indicatorId, String area, Gender gender, Optional<UUID> goalId, int width, int height) {
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("indicator", indicatorId));
        Optional<SeriesChart.Lines> lines = targets.forIndicatorAndArea(indicatorId, area, goalId)
                .map(target -> new SeriesChart.Lines(target.levels.desiredValue, target.levels.acceptedValue));
        String subtitle = names.of(area) + ", " + gender.label() + (indicator.source == IndicatorSource.KOLADA ? " · Källa: Kolada" : "");
        return SeriesChart.svg(indicator.code + " " + indicator.title, subtitle, indicator.unit,
                observations.series(indicatorId, area, gender), lines, width, height);
    }
}
