package se.malstyrning.indicators.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.municipality.AreaNames;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.SeriesPoint;
import se.malstyrning.indicators.target.TargetRepository;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.List;
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
        List<SeriesPoint> points = observations.series(indicatorId, area, gender);
        if (points.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND.problem("area: indicator " + indicator.code
                    + " has no values for " + area + " (" + gender.label() + ")",
                    List.of(new Problem.FieldError("area", "has no values of the indicator for gender " + gender.name()))));
        }
        Optional<SeriesChart.Lines> lines = targets.forIndicatorAndArea(indicatorId, area, goalId).stream()
                .filter(target -> callerSees(target.goalId))
                .findFirst()
                .map(target -> new SeriesChart.Lines(target.levels.desiredValue, target.levels.acceptedValue));
        List<String> sources = observations.seriesSources(indicatorId, area, gender);
        String subtitle = names.of(area) + ", " + gender.label() + (sources.isEmpty() ? "" : " · Källa: " + String.join(", ", sources));
        return SeriesChart.svg(indicator.code + " " + indicator.title, subtitle, indicator.unit, points, lines, width, height);
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
