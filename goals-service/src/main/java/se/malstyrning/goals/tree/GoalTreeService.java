package se.malstyrning.goals.tree;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.goals.area.GoalAreaRepository;
import se.malstyrning.goals.area.GoalAreaView;
import se.malstyrning.goals.goal.Goal;
import se.malstyrning.goals.goal.GoalLevel;
import se.malstyrning.goals.goal.GoalRepository;
import se.malstyrning.goals.goal.GoalView;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.goals.orgunit.OrgUnitRepository;
import se.malstyrning.goals.period.MandatePeriod;
import se.malstyrning.goals.period.MandatePeriodService;
import se.malstyrning.goals.period.MandatePeriodView;
import se.malstyrning.goals.vision.VisionService;
import se.malstyrning.runtime.input.DeprecatedNames;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The goal tree of a mandate period in a fixed number of queries however large it is: the
 * period, the vision, the areas, the org units and all goals are read once each and the tree is
 * assembled in memory. The serialized tree is cached per revision of the whole structure, so a
 * change anywhere makes a new entry and an unchanged tree costs one query.
 */
@ApplicationScoped
public class GoalTreeService {

    private final MandatePeriodService periods;
    private final VisionService visions;
    private final GoalAreaRepository areas;
    private final GoalRepository goals;
    private final OrgUnitRepository orgUnits;
    private final ObjectMapper mapper;

    public GoalTreeService(MandatePeriodService periods, VisionService visions, GoalAreaRepository areas,
                           GoalRepository goals, OrgUnitRepository orgUnits, ObjectMapper mapper) {
        this.mapper = mapper;
        this.periods = periods;
        this.visions = visions;
        this.areas = areas;
        this.goals = goals;
        this.orgUnits = orgUnits;
    }

    /**
     * The tree as JSON, plain and gzipped.
     *
     * @param orgUnitCode when given, only the board goals and sub-goals of this org unit (council goals stay)
     * @param statuses    the goal statuses to show (already narrowed to what the caller may see)
     * @param drafts      whether the caller may see draft goal areas
     * @param revision    the structure's latest revision: part of the cache key, so that changes are never hidden
     */
    @CacheResult(cacheName = "goal-trees")
    public SerializedTree serialized(UUID mandatePeriodId, String orgUnitCode, Set<GoalStatus> statuses, boolean drafts,
                                     long revision) {
        try {
            return SerializedTree.of(mapper.writeValueAsBytes(tree(mandatePeriodId, orgUnitCode, statuses, drafts)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The goal tree could not be written as JSON", e);
        }
    }

    /** The code of the org unit a filter names by id or code; null when it names none; a 400 naming the parameter when unknown. */
    public String ownerCode(DeprecatedNames.Named<String> filter) {
        return orgUnits.filter(filter.name(), filter.value()).map(unit -> unit.code).orElse(null);
    }

    GoalTreeView tree(UUID mandatePeriodId, String orgUnitCode, Set<GoalStatus> statuses, boolean drafts) {
        MandatePeriod period = periods.require(mandatePeriodId);
        Map<UUID, String> codes = orgUnits.listAll().stream().collect(Collectors.toMap(unit -> unit.id, unit -> unit.code));
        Predicate<Goal> ownedAsAsked = goal -> orgUnitCode == null || orgUnitCode.equals(codes.get(goal.ownerOrgUnitId));
        List<Goal> all = withoutPendingVersions(statuses.isEmpty() ? List.of() : goals.inPeriod(period.id, statuses));

        Map<UUID, List<Goal>> subGoalsByParent = all.stream()
                .filter(goal -> goal.level == GoalLevel.SUB_GOAL && ownedAsAsked.test(goal))
                .collect(Collectors.groupingBy(goal -> goal.parentGoalId));
        Map<UUID, List<Goal>> boardGoalsByCouncilGoal = all.stream()
                .filter(goal -> goal.level == GoalLevel.BOARD && ownedAsAsked.test(goal))
                .flatMap(goal -> goal.contributesTo.stream().map(councilGoal -> Map.entry(councilGoal, goal)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        Map<UUID, List<GoalNode>> councilGoalsByArea = all.stream()
                .filter(goal -> goal.level == GoalLevel.COUNCIL)
                .collect(Collectors.groupingBy(goal -> goal.goalAreaId, Collectors.mapping(councilGoal -> node(councilGoal,
                        boardGoalsByCouncilGoal.getOrDefault(councilGoal.id, List.of()).stream()
                                .map(boardGoal -> node(boardGoal, subGoalsByParent.getOrDefault(boardGoal.id, List.of()).stream()
                                        .map(subGoal -> node(subGoal, List.of(), codes)).toList(), codes))
                                .toList(), codes), Collectors.toList())));

        List<AreaNode> areaNodes = areas.withStatus(drafts ? EnumSet.allOf(GoalStatus.class) : GoalStatus.PUBLIC).stream()
                .map(area -> new AreaNode(GoalAreaView.of(area), sorted(councilGoalsByArea.getOrDefault(area.id, List.of()))))
                .toList();
        List<GoalNode> internal = all.stream().filter(goal -> goal.level == GoalLevel.INTERNAL)
                .map(goal -> node(goal, List.of(), codes)).toList();
        return new GoalTreeView(MandatePeriodView.of(period), visions.validIn(period.startYear).orElse(null), areaNodes, sorted(internal));
    }

    /**
     * One node per goal: a new version still being drafted or proposed stays out while the version it
     * would replace is in the tree (asked for by its status, it is shown).
     */
    static List<Goal> withoutPendingVersions(List<Goal> goalsOfPeriod) {
        Set<UUID> shown = goalsOfPeriod.stream().map(goal -> goal.id).collect(Collectors.toSet());
        return goalsOfPeriod.stream()
                .filter(goal -> goal.predecessorId == null || !goal.status.isEditable() || !shown.contains(goal.predecessorId))
                .toList();
    }

    private static GoalNode node(Goal goal, List<GoalNode> children, Map<UUID, String> codes) {
        return new GoalNode(GoalView.of(goal, codes.get(goal.ownerOrgUnitId)), sorted(children));
    }

    private static List<GoalNode> sorted(List<GoalNode> nodes) {
        return nodes.stream().sorted(Comparator.comparing((GoalNode node) -> node.goal().code())).toList();
    }
}
