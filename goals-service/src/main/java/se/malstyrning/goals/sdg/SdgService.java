package se.malstyrning.goals.sdg;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@ApplicationScoped
public class SdgService {

    private final SdgCatalogue catalogue;

    public SdgService(SdgCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<SdgViews.Goal> goals() {
        Map<Integer, List<SdgViews.Target>> targets = catalogue.targets().stream().collect(Collectors.groupingBy(
                target -> target.goalNumber, TreeMap::new,
                Collectors.mapping(target -> new SdgViews.Target(target.code, target.titleEn), Collectors.toList())));
        return catalogue.goals().stream().map(goal -> new SdgViews.Goal(goal.number, goal.shortTitleSv, goal.shortTitleEn,
                goal.titleEn, targets.getOrDefault(goal.number, List.of()))).toList();
    }
}
