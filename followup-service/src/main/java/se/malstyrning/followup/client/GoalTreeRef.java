package se.malstyrning.followup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A mandate period's goal tree as goals-service describes it; only the parts this service uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GoalTreeRef(List<Area> areas, List<Node> internalGoals) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Area(List<Node> councilGoals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(GoalRef goal, List<Node> children) {
    }

    /** Every goal of the tree once, depth first from the council goals, then the internal goals. */
    List<GoalRef> goals() {
        List<Node> roots = new ArrayList<>();
        if (areas != null) {
            areas.stream().filter(area -> area.councilGoals() != null).forEach(area -> roots.addAll(area.councilGoals()));
        }
        if (internalGoals != null) {
            roots.addAll(internalGoals);
        }
        Map<UUID, GoalRef> goals = new LinkedHashMap<>();
        roots.forEach(root -> collect(root, goals));
        return List.copyOf(goals.values());
    }

    private static void collect(Node node, Map<UUID, GoalRef> goals) {
        goals.putIfAbsent(node.goal().id(), node.goal());
        if (node.children() != null) {
            node.children().forEach(child -> collect(child, goals));
        }
    }
}
