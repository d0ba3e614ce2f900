package se.malstyrning.goals.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.goals.document.DocumentRepository;
import se.malstyrning.goals.goal.GoalRepository;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.goals.sdg.SdgCatalogue;
import se.malstyrning.goals.sdg.SdgTarget;
import se.malstyrning.goals.sdg.SdgViews;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How the goal structure covers Agenda 2030: it reads the adopted goals and the steering documents
 * against the SDG catalogue, so it builds on all three (and none of them on it).
 */
@ApplicationScoped
public class SdgCoverageService {

    private final SdgCatalogue catalogue;
    private final GoalRepository goals;
    private final DocumentRepository documents;

    public SdgCoverageService(SdgCatalogue catalogue, GoalRepository goals, DocumentRepository documents) {
        this.catalogue = catalogue;
        this.goals = goals;
        this.documents = documents;
    }

    /** What the adopted goals (of one mandate period, or all) and the steering documents cover, and what nothing does. */
    public SdgViews.Coverage coverage(UUID mandatePeriodId) {
        Map<String, List<UUID>> goalsByTarget = new TreeMap<>();
        goals.list("status = ?1 and (?2 is null or mandatePeriodId = ?2)", GoalStatus.ADOPTED, mandatePeriodId)
                .forEach(goal -> goal.sdgTargets.forEach(code -> goalsByTarget.computeIfAbsent(code, key -> new ArrayList<>()).add(goal.id)));
        Map<String, List<UUID>> documentsByTarget = new TreeMap<>();
        documents.listAll().forEach(document -> document.sdgTargets.forEach(
                code -> documentsByTarget.computeIfAbsent(code, key -> new ArrayList<>()).add(document.id)));

        List<SdgTarget> targets = catalogue.targets();
        List<SdgViews.GoalCoverage> perGoal = catalogue.goals().stream().map(goal -> {
            List<SdgViews.TargetCoverage> covered = targets.stream()
                    .filter(target -> target.goalNumber == goal.number)
                    .filter(target -> goalsByTarget.containsKey(target.code) || documentsByTarget.containsKey(target.code))
                    .map(target -> new SdgViews.TargetCoverage(target.code, goalsByTarget.getOrDefault(target.code, List.of()),
                            documentsByTarget.getOrDefault(target.code, List.of())))
                    .toList();
            return new SdgViews.GoalCoverage(goal.number, goal.shortTitleSv, !covered.isEmpty(), covered);
        }).toList();
        List<String> uncovered = targets.stream().map(target -> target.code)
                .filter(code -> !goalsByTarget.containsKey(code) && !documentsByTarget.containsKey(code)).toList();
        return new SdgViews.Coverage(targets.size() - uncovered.size(), targets.size(), perGoal, uncovered);
    }
}
