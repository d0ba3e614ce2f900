package se.malstyrning.goals.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.goals.area.GoalAreaRepository;
import se.malstyrning.goals.decision.Decision;
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.history.HistoryService;
import se.malstyrning.goals.history.RevisionView;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.goals.orgunit.OrgUnit;
import se.malstyrning.goals.orgunit.OrgUnitRepository;
import se.malstyrning.goals.period.MandatePeriod;
import se.malstyrning.goals.period.MandatePeriodRepository;
import se.malstyrning.goals.sdg.SdgCatalogue;
import se.malstyrning.goals.webhooks.GoalEvent;
import se.malstyrning.runtime.webhooks.Webhooks;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.input.DeprecatedNames;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rules of the goal structure and of a goal's life: draft → proposed → adopted → archived or replaced. */
@ApplicationScoped
public class GoalService {

    private final GoalRepository goals;
    private final MandatePeriodRepository periods;
    private final GoalAreaRepository areas;
    private final OrgUnitRepository orgUnits;
    private final SdgCatalogue sdg;
    private final GoalAccess access;
    private final HistoryService history;
    private final Webhooks webhooks;

    public GoalService(GoalRepository goals, MandatePeriodRepository periods, GoalAreaRepository areas,
                       OrgUnitRepository orgUnits, SdgCatalogue sdg, GoalAccess access,
                       HistoryService history, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.goals = goals;
        this.periods = periods;
        this.areas = areas;
        this.orgUnits = orgUnits;
        this.history = history;
        this.sdg = sdg;
        this.access = access;
    }

    /** @param owner the org unit whose goals, by id or code, with the parameter's name (400 naming it when it names none) */
    public Page<GoalView> list(UUID mandatePeriodId, GoalLevel level, DeprecatedNames.Named<String> owner, UUID goalAreaId,
                               GoalStatus status, int limit, int offset) {
        Set<GoalStatus> statuses = access.listedStatuses(status);
        UUID ownerOrgUnitId = orgUnits.filter(owner.name(), owner.value()).map(unit -> unit.id).orElse(null);
        Page<Goal> page = goals.page(new GoalFilter(mandatePeriodId, level, ownerOrgUnitId, goalAreaId, statuses),
                limit, offset);
        Map<UUID, String> codes = orgUnitCodes();
        return page.map(goal -> GoalView.of(goal, codes.get(goal.ownerOrgUnitId)));
    }

    public GoalView get(UUID id) {
        return view(visible(id));
    }

    /** The current goal (not a later version) with this code in the period, if any. */
    public java.util.Optional<GoalView> findCurrent(UUID mandatePeriodId, String code) {
        return goals.find("mandatePeriodId = ?1 and code = ?2 and predecessorId is null", mandatePeriodId, code)
                .firstResultOptional().filter(access::maySee).map(this::view);
    }

    @Transactional
    public GoalView create(GoalRequest named) {
        GoalRequest request = withOwnerResolved(named);
        access.requireWrite(request.level(), ownerCode(request.ownerOrgUnitId()));
        checkStructure(request, null);
        if (goals.codeTaken(request.mandatePeriodId(), request.code(), null)) {
            throw ProblemException.conflictOnField("code", "a goal " + request.code() + " exists in this mandate period");
        }
        Goal goal = new Goal();
        apply(goal, request);
        goal.status = GoalStatus.DRAFT;
        goals.persistAndFlush(goal);
        return view(goal);
    }

    @Transactional
    public GoalView update(UUID id, String ifMatch, GoalRequest named) {
        GoalRequest request = withOwnerResolved(named);
        Goal goal = visible(id);
        access.requireWrite(goal.level, ownerCode(goal.ownerOrgUnitId));
        access.requireWrite(request.level(), ownerCode(request.ownerOrgUnitId()));
        Versions.requireCurrent(goal.version, ifMatch, null);
        if (!goal.status.isEditable()) {
            throw ProblemException.conflict("A goal that is " + goal.status
                    + " is never edited in place; create a new version with POST /goals/v1/goals/" + id + "/versions");
        }
        checkStructure(request, goal);
        if (!goal.code.equals(request.code()) && goal.predecessorId == null
                && goals.codeTaken(request.mandatePeriodId(), request.code(), id)) {
            throw ProblemException.conflictOnField("code", "a goal " + request.code() + " exists in this mandate period");
        }
        apply(goal, request);
        goals.flush();
        return view(goal);
    }

    @Transactional
    public GoalView propose(UUID id) {
        Goal goal = visible(id);
        access.requireWrite(goal.level, ownerCode(goal.ownerOrgUnitId));
        requireStatus(goal, GoalStatus.DRAFT);
        goal.status = GoalStatus.PROPOSED;
        goals.flush();
        return view(goal);
    }

    @Transactional
    public GoalView adopt(UUID id, DecisionRequest decision) {
        Goal goal = visible(id);
        access.requireAdoptionOf(goal.level, () -> ownerCode(goal.ownerOrgUnitId), decision.body());
        adoptOne(goal, decision);
        goals.flush();
        return view(goal);
    }

    /** Adopts every goal by one decision, or none; goals already adopted by the same decision stay as they are. */
    @Transactional
    public List<GoalView> adoptAll(List<UUID> goalIds, DecisionRequest decision) {
        access.requireAdoptionRecorder();
        List<Goal> adopting = new java.util.ArrayList<>();
        for (int i = 0; i < goalIds.size(); i++) {
            String field = "goalIds[" + i + "]";
            adopting.add(goals.findByIdOptional(goalIds.get(i))
                    .orElseThrow(() -> ProblemException.unprocessableField(field, "no goal with this id")));
        }
        adopting.forEach(goal -> adoptOne(goal, decision));
        goals.flush();
        return adopting.stream().map(this::view).toList();
    }

    @Transactional
    public GoalView archive(UUID id) {
        access.requireOffice("archive goals");
        Goal goal = visible(id);
        requireStatus(goal, GoalStatus.ADOPTED);
        goal.status = GoalStatus.ARCHIVED;
        publish(GoalEvent.ARCHIVED, goal, Map.of());
        goals.flush();
        return view(goal);
    }

    /** Starts a new version of an adopted goal as a draft; the adopted wording stays as it is. */
    @Transactional
    public GoalView newVersion(UUID id) {
        Goal adopted = visible(id);
        access.requireWrite(adopted.level, ownerCode(adopted.ownerOrgUnitId));
        requireStatus(adopted, GoalStatus.ADOPTED);
        if (goals.hasOpenVersion(id)) {
            throw ProblemException.conflict("A new version of this goal is already being drafted");
        }
        Goal draft = copy(adopted);
        draft.mandatePeriodId = adopted.mandatePeriodId;
        draft.budgetYear = adopted.budgetYear;
        draft.parentGoalId = adopted.parentGoalId;
        draft.contributesTo = List.copyOf(adopted.contributesTo);
        draft.predecessorId = adopted.id;
        goals.persistAndFlush(draft);
        return view(draft);
    }

    /**
     * Copies the adopted goal structure of one mandate period into another as drafts, keeping the
     * links between the copies, each copy naming the goal it was carried over from.
     */
    @Transactional
    public List<GoalView> carryOver(UUID targetPeriodId, UUID sourcePeriodId) {
        access.requireOffice("carry goals over to another mandate period");
        MandatePeriod target = periods.findByIdOptional(targetPeriodId)
                .orElseThrow(() -> ProblemException.notFound("mandate period", targetPeriodId));
        MandatePeriod source = periods.findByIdOptional(sourcePeriodId)
                .orElseThrow(() -> ProblemException.unprocessableField("fromMandatePeriodId", "no mandate period with this id"));
        if (source.id.equals(target.id)) {
            throw ProblemException.unprocessableField("fromMandatePeriodId", "must be another mandate period");
        }
        if (!goals.inPeriod(target.id, List.of(GoalStatus.DRAFT, GoalStatus.PROPOSED, GoalStatus.ADOPTED)).isEmpty()) {
            throw ProblemException.conflict("The mandate period " + target.code + " already has goals");
        }
        List<Goal> adopted = goals.inPeriod(source.id, List.of(GoalStatus.ADOPTED));
        Map<UUID, UUID> copies = new java.util.HashMap<>();
        adopted.forEach(goal -> copies.put(goal.id, UUID.randomUUID()));
        List<Goal> created = adopted.stream().map(goal -> {
            Goal draft = copy(goal);
            draft.id = copies.get(goal.id);
            draft.mandatePeriodId = target.id;
            draft.budgetYear = goal.budgetYear == null ? null
                    : Math.min(target.endYear, goal.budgetYear + (target.startYear - source.startYear));
            draft.parentGoalId = goal.parentGoalId == null ? null : copies.get(goal.parentGoalId);
            draft.contributesTo = goal.contributesTo.stream().map(copies::get).filter(java.util.Objects::nonNull).toList();
            draft.carriedOverFromId = goal.id;
            return draft;
        }).toList();
        created.forEach(goals::persist);
        goals.flush();
        Map<UUID, String> codes = orgUnitCodes();
        return created.stream().map(goal -> GoalView.of(goal, codes.get(goal.ownerOrgUnitId))).toList();
    }

    private void adoptOne(Goal goal, DecisionRequest decision) {
        if (goal.status == GoalStatus.ADOPTED && goal.decision.sameAs(decision)) {
            // A retry of the adoption may come from a record of the decision written anew (the first attempt's rolled back).
            if (decision.decisionId() != null && !decision.decisionId().equals(goal.decision.decisionId)) {
                goal.decision.caseId = decision.caseId();
                goal.decision.decisionId = decision.decisionId();
            }
            return;
        }
        if (!goal.status.isEditable()) {
            throw ProblemException.conflict("Goal " + goal.code + " is " + goal.status + " and cannot be adopted again");
        }
        goal.status = GoalStatus.ADOPTED;
        goal.decision = Decision.of(decision);
        publish(GoalEvent.ADOPTED, goal, Map.of());
        if (goal.predecessorId != null) {
            Goal predecessor = goals.findById(goal.predecessorId);
            predecessor.status = GoalStatus.REPLACED;
            predecessor.successorId = goal.id;
            publish(GoalEvent.CHANGED, predecessor, Map.of("replacedBy", goal.id.toString(),
                    "replacedByHref", "/goals/v1/goals/" + goal.id));
        }
    }

    /** Tells the webhook subscriptions of the event, in the transaction of the change. */
    private void publish(GoalEvent event, Goal goal, Map<String, Object> more) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("goalId", goal.id.toString());
        data.put("code", goal.code);
        data.put("title", goal.title);
        data.put("level", goal.level.name());
        data.put("status", goal.status.name());
        data.putAll(more);
        webhooks.publish(event.type, "/goals/v1/goals/" + goal.id, ownerCode(goal.ownerOrgUnitId), goal.mandatePeriodId, data);
    }

    private void checkStructure(GoalRequest request, Goal existing) {
        MandatePeriod period = periods.findByIdOptional(request.mandatePeriodId())
                .orElseThrow(() -> ProblemException.unprocessableField("mandatePeriodId", "no mandate period with this id"));
        switch (request.level()) {
            case COUNCIL -> {
                if (request.goalAreaId() == null || areas.findByIdOptional(request.goalAreaId()).isEmpty()) {
                    throw ProblemException.unprocessableField("goalAreaId", "a council goal needs an existing goal area");
                }
                requireAbsent(request.parentGoalId(), "parentGoalId", "a council goal has no parent goal");
            }
            case BOARD -> {
                if (request.contributions().isEmpty()) {
                    throw ProblemException.unprocessableField("contributesTo", "a board goal must contribute to at least one council goal");
                }
                for (int i = 0; i < request.contributions().size(); i++) {
                    UUID councilGoalId = request.contributions().get(i);
                    boolean councilGoalOfPeriod = goals.findByIdOptional(councilGoalId)
                            .filter(goal -> goal.level == GoalLevel.COUNCIL && goal.mandatePeriodId.equals(period.id))
                            .isPresent();
                    if (!councilGoalOfPeriod) {
                        throw ProblemException.unprocessableField("contributesTo[" + i + "]",
                                "no council goal of this mandate period with this id");
                    }
                }
                requireAbsent(request.parentGoalId(), "parentGoalId", "a board goal contributes to council goals instead");
            }
            case SUB_GOAL -> {
                if (request.parentGoalId() == null) {
                    throw ProblemException.unprocessableField("parentGoalId", "a sub-goal belongs to a board goal");
                }
                if (existing != null && request.parentGoalId().equals(existing.id)) {
                    throw ProblemException.unprocessableField("parentGoalId", "a goal cannot be its own parent");
                }
                Goal parent = goals.findByIdOptional(request.parentGoalId())
                        .orElseThrow(() -> ProblemException.unprocessableField("parentGoalId", "no goal with this id"));
                if (parent.level != GoalLevel.BOARD) {
                    throw ProblemException.unprocessableField("parentGoalId", "the parent of a sub-goal must be a board goal");
                }
                if (!parent.mandatePeriodId.equals(period.id)) {
                    throw ProblemException.unprocessableField("parentGoalId", "the board goal belongs to another mandate period");
                }
                if (!parent.ownerOrgUnitId.equals(request.ownerOrgUnitId())) {
                    throw ProblemException.unprocessableField("parentGoalId", "a board's sub-goals hang under its own goals;"
                            + " this board goal belongs to " + ownerCode(parent.ownerOrgUnitId));
                }
                if (request.budgetYear() == null || !period.contains(request.budgetYear())) {
                    throw ProblemException.unprocessableField("budgetYear", "must be a budget year of the mandate period "
                            + period.startYear + "–" + period.endYear);
                }
            }
            case INTERNAL -> {
                if (request.internalCategory() == null) {
                    throw ProblemException.unprocessableField("internalCategory", "an internal goal names its category");
                }
            }
        }
        if (request.level() != GoalLevel.SUB_GOAL) {
            requireAbsent(request.budgetYear(), "budgetYear", "only sub-goals have a budget year");
        }
        if (request.level() != GoalLevel.BOARD && !request.contributions().isEmpty()) {
            throw ProblemException.unprocessableField("contributesTo", "only board and company goals contribute to council goals");
        }
        Set<String> unknown = sdg.unknown(request.sdgTargetCodes());
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw ProblemException.unprocessableField("sdgTargets[" + request.sdgTargetCodes().indexOf(first) + "]",
                    "no Agenda 2030 target " + first);
        }
    }

    private static void requireAbsent(Object value, String field, String message) {
        if (value != null) {
            throw ProblemException.unprocessableField(field, message);
        }
    }

    private static void requireStatus(Goal goal, GoalStatus expected) {
        if (goal.status != expected) {
            throw ProblemException.conflict("Goal " + goal.code + " is " + goal.status + ", not " + expected);
        }
    }

    private static void apply(Goal goal, GoalRequest request) {
        goal.code = request.code();
        goal.title = request.title();
        goal.meaning = request.meaning();
        goal.level = request.level();
        goal.internalCategory = request.internalCategory();
        goal.mandatePeriodId = request.mandatePeriodId();
        goal.budgetYear = request.budgetYear();
        goal.goalAreaId = request.goalAreaId();
        goal.parentGoalId = request.parentGoalId();
        goal.contributesTo = List.copyOf(request.contributions());
        goal.ownerOrgUnitId = request.ownerOrgUnitId();
        goal.targetGroups = request.targetGroups() == null ? List.of() : List.copyOf(request.targetGroups());
        goal.focusAreas = request.focusAreas() == null ? List.of() : List.copyOf(request.focusAreas());
        goal.horizon = request.horizon();
        goal.ambition = request.ambition();
        goal.direction2030 = request.direction2030();
        goal.sdgTargets = List.copyOf(request.sdgTargetCodes());
    }

    /** A draft with the same wording; the caller sets its place in the structure. */
    private static Goal copy(Goal original) {
        Goal draft = new Goal();
        draft.code = original.code;
        draft.title = original.title;
        draft.meaning = original.meaning;
        draft.level = original.level;
        draft.internalCategory = original.internalCategory;
        draft.goalAreaId = original.goalAreaId;
        draft.ownerOrgUnitId = original.ownerOrgUnitId;
        draft.targetGroups = List.copyOf(original.targetGroups);
        draft.focusAreas = List.copyOf(original.focusAreas);
        draft.horizon = original.horizon;
        draft.ambition = original.ambition;
        draft.direction2030 = original.direction2030;
        draft.sdgTargets = List.copyOf(original.sdgTargets);
        draft.status = GoalStatus.DRAFT;
        return draft;
    }

    private Goal visible(UUID id) {
        return goals.findByIdOptional(id).filter(access::maySee)
                .orElseThrow(() -> ProblemException.notFound("goal", id));
    }

    /** The request with its owner named by id, whether it was named by id or by code (one rule: OrgUnitDirectory). */
    private GoalRequest withOwnerResolved(GoalRequest request) {
        return request.withOwner(orgUnits.requiredField("ownerOrgUnitId", request.ownerOrgUnitId(),
                "ownerOrgUnitCode", request.ownerOrgUnitCode()).id);
    }

    private String ownerCode(UUID orgUnitId) {
        return orgUnits.findByIdOptional(orgUnitId).map(unit -> unit.code)
                .orElseThrow(() -> ProblemException.unprocessableField("ownerOrgUnitId", "no org unit with this id"));
    }

    private GoalView view(Goal goal) {
        return GoalView.of(goal, orgUnits.findByIdOptional(goal.ownerOrgUnitId).map(unit -> unit.code).orElse(null));
    }

    Map<UUID, String> orgUnitCodes() {
        return orgUnits.listAll().stream().collect(Collectors.toMap(unit -> unit.id, (OrgUnit unit) -> unit.code));
    }

    /**
     * Every recorded state of a goal the caller may see (HistoryService), each in the shape the API
     * shows it; without a token only the states in which the goal was public.
     */
    public List<RevisionView> history(UUID id) {
        get(id);
        Map<UUID, String> codes = orgUnitCodes();
        return history.of(Goal.class, id, goal -> GoalView.of(goal, codes.get(goal.ownerOrgUnitId)),
                goal -> goal.status != null && goal.status.isPublic());
    }
}
