package se.malstyrning.goals.sdg;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.goals.document.DocumentRepository;
import se.malstyrning.goals.goal.GoalRepository;
import se.malstyrning.goals.goal.GoalStatus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SdgService {

    private final SdgCatalogue catalogue;
    private final GoalRepository goals;
    private final DocumentRepository documents;

    public SdgService(SdgCatalogue catalogue, GoalRepository goals, DocumentRepository documents) {
        this.catalogue = catalogue;
        this.goals = goals;
        this.documents = documents;
    }

    public List<SdgViews.Goal> goals() {
        Map<Integer, List<SdgViews.Target>> targets = catalogue.targets().stream().collect(Collectors.groupingBy(
                target -> target.goalNumber, TreeMap::new,
                Collectors.mapping(target -> new SdgViews.Target(target.code, target.titleEn), Collectors.toList())));
        return catalogue.goals().stream().map(goal -> new SdgViews.Goal(goal.number, goal.shortTitleSv, goal.shortTitleEn,
                goal.titleEn, targets.getOrDefault(goal.number, List.of()))).toList();
    }

    /** What the adopted goals (of one mandate period, or all) and the steering documents cover, and what nothing does. */
    public SdgViews.Coverage coverage(UUID mandatePeriodId) {
        Map<String, List<UUID>> goalsByTarget = new TreeMap<>();
        goals.list("status = ?1 and (?2 is null or mandatePeriodId = ?2)", GoalStatus.ADOPTED, mandatePeriodId)
                .forEach(goal -> goal.sdgTargets.forEach(code -> goalsByTarget.computeIfAbsent(code, key -> new java.util.ArrayList<>()).add(goal.id)));
        Map<String, List<UUID>> documentsByTarget = new TreeMap<>();
        documents.listAll().forEach(document -> document.sdgTargets.forEach(
                code -> documentsByTarget.computeIfAbsent(code, key -> new java.util.ArrayList<>()).add(document.id)));

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
