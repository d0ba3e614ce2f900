package se.malstyrning.indicators.kolada;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.Quality;
import se.malstyrning.indicators.client.Goal;
import se.malstyrning.indicators.client.GoalArea;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The catalogue's own groupings as Kolada's kpi_groups: per Agenda 2030 goal (from the targets an
 * indicator follows), per goal area (from the goals it measures, whose area goals-service knows),
 * per horizon and per quality. Groups without members are left out.
 */
@ApplicationScoped
public class KpiGroups {

    static final String SDG = "GKSDG";
    static final String GOAL_AREA = "GKMO";
    private static final int MAX_LEVELS = 6;
    private static final Map<Horizon, String[]> HORIZONS = Map.of(
            Horizon.STRUCTURAL, new String[] {"GKSTRUKTURELL", "Strukturella indikatorer: effekt efter en eller flera mandatperioder"},
            Horizon.SHORT_TERM, new String[] {"GKKORTSIKTIG", "Kortsiktiga indikatorer: mäts varje eller vartannat år"});
    private static final Map<Quality, String[]> QUALITIES = Map.of(
            Quality.ACTUAL, new String[] {"GKFAKTISK", "Faktisk kvalitet"},
            Quality.PERCEIVED, new String[] {"GKUPPLEVD", "Upplevd kvalitet"});

    private final IndicatorRepository indicators;
    private final Goals goals;

    public KpiGroups(IndicatorRepository indicators, Goals goals) {
        this.indicators = indicators;
        this.goals = goals;
    }

    /** Every group, by id; the goal areas are asked of goals-service only when {@code withGoalAreas}. */
    public List<KoladaGroup> all(boolean withGoalAreas) {
        List<Indicator> catalogue = indicators.listAll(Sort.by("code"));
        List<KoladaGroup> groups = new ArrayList<>();
        groups.addAll(sdgGroups());
        if (withGoalAreas) {
            groups.addAll(goalAreaGroups());
        }
        HORIZONS.forEach((horizon, group) -> groups.add(group(group[0], group[1],
                catalogue.stream().filter(indicator -> indicator.horizon == horizon).toList())));
        QUALITIES.forEach((quality, group) -> groups.add(group(group[0], group[1],
                catalogue.stream().filter(indicator -> indicator.quality == quality).toList())));
        return groups.stream().filter(group -> !group.members().isEmpty())
                .sorted(Comparator.comparing(KoladaGroup::id)).toList();
    }

    private List<KoladaGroup> sdgGroups() {
        List<Object[]> links = Panache.getEntityManager().createQuery(
                        "select t.sdgTarget, i.code, i.title from IndicatorSdgTarget t join t.indicator i order by i.code", Object[].class)
                .getResultList();
        Map<Integer, Map<String, String>> byGoal = new TreeMap<>();
        for (Object[] link : links) {
            String target = (String) link[0];
            int goal = Integer.parseInt(target.substring(0, target.indexOf('.') < 0 ? target.length() : target.indexOf('.')));
            byGoal.computeIfAbsent(goal, number -> new LinkedHashMap<>()).put((String) link[1], (String) link[2]);
        }
        List<KoladaGroup> groups = new ArrayList<>();
        byGoal.forEach((goal, members) -> groups.add(new KoladaGroup(SDG + goal, "Agenda 2030, mål " + goal,
                members.entrySet().stream().map(member -> new KoladaGroup.Member(member.getKey(), member.getValue())).toList())));
        return groups;
    }

    /** The goal area of every goal an indicator measures, as far as the caller may see the goals. */
    private List<KoladaGroup> goalAreaGroups() {
        List<Object[]> links = Panache.getEntityManager().createQuery(
                        "select link.goalId, i.code, i.title from IndicatorGoal link join link.indicator i order by i.code", Object[].class)
                .getResultList();
        Map<UUID, Optional<UUID>> areaOfGoal = new HashMap<>();
        Map<UUID, Optional<GoalArea>> areas = new HashMap<>();
        Map<GoalArea, Map<String, String>> members = new TreeMap<>(Comparator.comparingInt(GoalArea::number));
        for (Object[] link : links) {
            UUID goal = (UUID) link[0];
            Optional<GoalArea> area = areaOfGoal.computeIfAbsent(goal, this::areaOf)
                    .flatMap(id -> areas.computeIfAbsent(id, this::visibleArea));
            area.ifPresent(found -> members.computeIfAbsent(found, key -> new LinkedHashMap<>()).put((String) link[1], (String) link[2]));
        }
        List<KoladaGroup> groups = new ArrayList<>();
        members.forEach((area, indicatorsOfArea) -> groups.add(new KoladaGroup(GOAL_AREA + area.number(),
                "Målområde " + area.number() + ": " + area.name(), indicatorsOfArea.entrySet().stream()
                .map(member -> new KoladaGroup.Member(member.getKey(), member.getValue())).toList())));
        return groups;
    }

    /** Climbs from a goal to the council goal above it, whose area it is. */
    private Optional<UUID> areaOf(UUID goalId) {
        Set<UUID> seen = new HashSet<>();
        Optional<Goal> goal = visibleGoal(goalId);
        for (int level = 0; goal.isPresent() && level < MAX_LEVELS && seen.add(goal.get().id()); level++) {
            if (goal.get().goalAreaId() != null) {
                return Optional.of(goal.get().goalAreaId());
            }
            UUID above = goal.get().above();
            goal = above == null ? Optional.empty() : visibleGoal(above);
        }
        return Optional.empty();
    }

    /** A goal the caller may not see (a draft, without a token) belongs to no group: the groups are open data. */
    private Optional<Goal> visibleGoal(UUID id) {
        try {
            return goals.goal(id);
        } catch (ProblemException e) {
            if (hidden(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<GoalArea> visibleArea(UUID id) {
        try {
            return goals.goalArea(id);
        } catch (ProblemException e) {
            if (hidden(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean hidden(ProblemException e) {
        int status = e.problem().status();
        return status == ProblemType.UNAUTHORIZED.status() || status == ProblemType.FORBIDDEN.status();
    }

    private static KoladaGroup group(String id, String title, List<Indicator> members) {
        return new KoladaGroup(id, title, members.stream().map(indicator -> new KoladaGroup.Member(indicator.code, indicator.title)).toList());
    }
}
