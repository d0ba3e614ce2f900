package se.malstyrning.indicators.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.IndicatorSource;
import se.malstyrning.indicators.municipality.AreaNames;
import se.malstyrning.indicators.client.Goals;
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
    private final Goals goals;

    public ChartService(IndicatorRepository indicators, ObservationStore observations, TargetRepository targets, AreaNames names,
                        Goals goals) {
        this.names = names;
        this.indicators = indicators;
        this.observations = observations;
        this.targets = targets;
        this.goals = goals;
    }

    /**
     * The series of an indicator for an area and gender, with the lines of its target (of the goal, when
     * named). The series is open data; a target's lines are drawn only when goals-service lets the
     * caller see its goal (without a token: an adopted one), as the targets themselves need a token.
     */
    @Transactional
    public String svg(UUID indicatorId, String area, Gender gender, Optional<UUID> goalId, int width, int height) {
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ProblemException.notFound("indicator", indicatorId));
        Optional<SeriesChart.Lines> lines = targets.forIndicatorAndArea(indicatorId, area, goalId).stream()
                .filter(target -> callerSees(target.goalId))
                .findFirst()
                .map(target -> new SeriesChart.Lines(target.levels.desiredValue, target.levels.acceptedValue));
        String subtitle = names.of(area) + ", " + gender.label() + (indicator.source == IndicatorSource.KOLADA ? " · Källa: Kolada" : "");
        return SeriesChart.svg(indicator.code + " " + indicator.title, subtitle, indicator.unit,
                observations.series(indicatorId, area, gender), lines, width, height);
    }

    /** Whether goals-service shows the goal to the caller (a goal it hides, or refuses to show, is not seen). */
    private boolean callerSees(UUID goalId) {
        try {
            return goals.goal(goalId).isPresent();
        } catch (ProblemException refused) {
            int status = refused.problem().status();
            if (status == 401 || status == 403) {
                return false;
            }
            throw refused;
        }
    }
}
