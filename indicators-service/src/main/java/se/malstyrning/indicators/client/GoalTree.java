package se.malstyrning.indicators.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A mandate period's goal tree as goals-service describes it (areas → council goals → board goals → sub-goals). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoalTree(List<Area> areas, List<Node> internalGoals) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(List<Node> councilGoals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Node(Goal goal, List<Node> children) {
    }

    /** Every goal of the tree once, depth first (a board goal contributing to two council goals sits under both). */
    public List<Goal> goals() {
        Map<UUID, Goal> goals = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        if (areas != null) {
            areas.stream().filter(area -> area.councilGoals() != null).forEach(area -> roots.addAll(area.councilGoals()));
        }
        if (internalGoals != null) {
            roots.addAll(internalGoals);
        }
        roots.forEach(root -> collect(root, goals));
        return List.copyOf(goals.values());
    }

    private static void collect(Node node, Map<UUID, Goal> goals) {
        goals.putIfAbsent(node.goal().id(), node.goal());
        if (node.children() != null) {
            node.children().forEach(child -> collect(child, goals));
        }
    }
}
