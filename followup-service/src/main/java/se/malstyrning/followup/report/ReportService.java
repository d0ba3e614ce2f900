package se.malstyrning.followup.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.malstyrning.followup.assessments.AssessmentRepository;
import se.malstyrning.followup.assessments.AssessmentStatus;
import se.malstyrning.followup.assessments.AssessmentView;
import se.malstyrning.followup.client.GoalRef;
import se.malstyrning.followup.client.Goals;
import se.malstyrning.followup.client.Indicators;
import se.malstyrning.followup.cycles.CycleService;
import se.malstyrning.followup.cycles.CycleView;
import se.malstyrning.followup.report.GoalFulfilmentReport.GoalSection;
import se.malstyrning.runtime.security.Caller;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Assembles the goal fulfilment report of a cycle: every adopted goal of the cycle's mandate period
 * (as goals-service shows its current tree) and every goal assessed in the cycle, each with its
 * fulfilment as of the cycle's year. Every part is fetched before anything is returned, so an owner
 * that is down makes the whole report a 503, never a report with gaps.
 */
@ApplicationScoped
public class ReportService {

    private final CycleService cycles;
    private final AssessmentRepository assessments;
    private final Goals goals;
    private final Indicators indicators;
    private final Caller caller;
    private final String municipality;

    public ReportService(CycleService cycles, AssessmentRepository assessments, Goals goals, Indicators indicators,
                         Caller caller, @ConfigProperty(name = "malstyrning.municipality-code") String municipality) {
        this.cycles = cycles;
        this.assessments = assessments;
        this.goals = goals;
        this.indicators = indicators;
        this.caller = caller;
        this.municipality = municipality;
    }

    /** Without a token only approved assessments are in it: that is the open data. */
    public GoalFulfilmentReport report(UUID cycleId) {
        CycleView cycle = cycles.describe(cycleId);
        boolean includesUnapproved = !caller.isAnonymous();
        Map<UUID, List<AssessmentView>> byGoal = assessments.listByCycle(cycleId).stream()
                .filter(assessment -> includesUnapproved || assessment.content.status == AssessmentStatus.APPROVED)
                .map(AssessmentView::of)
                .collect(Collectors.groupingBy(AssessmentView::goalId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, GoalRef> inReport = new LinkedHashMap<>();
        if (cycle.mandatePeriodId() != null) {
            goals.goalsOfPeriod(cycle.mandatePeriodId()).orElse(List.of()).stream()
                    .filter(goal -> "ADOPTED".equals(goal.status()))
                    .forEach(goal -> inReport.put(goal.id(), goal));
        }
        byGoal.keySet().stream().filter(id -> !inReport.containsKey(id))
                .forEach(id -> inReport.put(id, goals.goal(id).orElse(null)));
        List<GoalSection> sections = inReport.entrySet().stream()
                .map(entry -> section(entry.getKey(), entry.getValue(), byGoal.getOrDefault(entry.getKey(), List.of()), cycle.year()))
                .sorted(Comparator.comparing(section -> section.goal() == null ? "" : section.goal().code()))
                .toList();
        return new GoalFulfilmentReport(cycle, includesUnapproved, Instant.now(), sections, cycle.year());
    }

    private GoalSection section(UUID goalId, GoalRef goal, List<AssessmentView> assessed, int year) {
        Map<String, Object> fulfilment = indicators.fulfilment(goalId, municipality, year).orElse(null);
        return new GoalSection(goalId, goal, fulfilment, assessed, !assessed.isEmpty(),
                fulfilment == null ? SwedishWords.status(null) : SwedishWords.status(fulfilment.get("status")),
                assessmentInWords(assessed));
    }

    /** One judgement as it is, several each with the board's code, none as Ej bedömt. */
    static String assessmentInWords(List<AssessmentView> assessed) {
        if (assessed.isEmpty()) {
            return SwedishWords.NOT_ASSESSED;
        }
        if (assessed.size() == 1) {
            return SwedishWords.status(assessed.getFirst().judgement());
        }
        return assessed.stream().map(assessment -> assessment.orgUnitCode() + ": " + SwedishWords.status(assessment.judgement()))
                .collect(Collectors.joining("; "));
    }
}
