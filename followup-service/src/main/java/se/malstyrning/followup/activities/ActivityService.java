package se.malstyrning.followup.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.followup.references.References;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.input.DeprecatedNames;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;
import se.malstyrning.runtime.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final References references;
    private final Caller caller;

    public ActivityService(ActivityRepository activities, References references, Caller caller) {
        this.activities = activities;
        this.references = references;
        this.caller = caller;
    }

    /** @param owner the org unit whose activities, by id or code, with the parameter's name (400 naming it when it names none) */
    public Page<ActivityView> list(DeprecatedNames.Named<String> owner, int limit, int offset) {
        Optional<String> ownerCode = references.filter(owner.name(), owner.value()).map(OrgUnitRef::code);
        return activities.page(ownerCode, limit, offset).map(ActivityView::of);
    }

    public ActivityView get(UUID id) {
        return ActivityView.of(find(id));
    }

    /** 422 naming {@code field[i]} for the first id that is not an activity. */
    public void requireActivities(String field, List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (activities.findByIdOptional(ids.get(i)).isEmpty()) {
                throw ProblemException.unprocessableField(field + "[" + i + "]", "no activity with id " + ids.get(i));
            }
        }
    }

    @Transactional
    public ActivityView create(ActivityRequest request) {
        Activity activity = new Activity();
        apply(activity, request, unitsOf(request));
        activities.persistAndFlush(activity);
        return ActivityView.of(activity);
    }

    @Transactional
    public ActivityView update(UUID id, String ifMatch, ActivityRequest request) {
        Activity activity = find(id);
        Versions.requireCurrent(activity.version, ifMatch, request.version());
        Units units = unitsOf(request);
        if (caller.actsFor(activity.ownerOrgUnitCode)) {
            apply(activity, request, units);
        } else {
            requireTakesPart(activity, units);
            applyAsParticipant(activity, request);
        }
        activities.flush();
        return ActivityView.of(activity);
    }

    /**
     * A joint activity: a board that takes part in it (a cooperating org unit) updates it too, but who
     * owns it and who takes part stay the owner's to change; any other board is refused.
     */
    private void requireTakesPart(Activity activity, Units units) {
        boolean takesPart = activity.cooperatingUnits.stream().anyMatch(unit -> caller.actsFor(unit.orgUnitCode()));
        if (!takesPart) {
            caller.requireActsFor(activity.ownerOrgUnitCode, "change the activity");
        }
        if (!activity.ownerOrgUnitId.equals(units.owner().id())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "ownerOrgUnitId: only the owning org unit "
                    + activity.ownerOrgUnitCode + " hands the activity over");
        }
        Set<UUID> cooperating = activity.cooperatingUnits.stream().map(CooperatingUnit::orgUnitId).collect(Collectors.toSet());
        if (!cooperating.equals(units.cooperating().stream().map(OrgUnitRef::id).collect(Collectors.toSet()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "cooperatingOrgUnitIds: only the owning org unit "
                    + activity.ownerOrgUnitCode + " changes who takes part");
        }
    }

    private void applyAsParticipant(Activity activity, ActivityRequest request) {
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
        references.requireGoals(request.goalIdsOrEmpty());
        activity.title = request.title();
        activity.description = request.description();
        activity.goalIds = new ArrayList<>(request.goalIdsOrEmpty());
        activity.targetGroups = new ArrayList<>(request.targetGroupsOrEmpty());
        activity.status = request.status();
        activity.startDate = request.startDate();
        activity.endDate = request.endDate();
    }

    private Activity find(UUID id) {
        return activities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("activity", id));
    }

    /** The org units a request names, by ids or codes (one rule: OrgUnitDirectory). */
    private record Units(OrgUnitRef owner, List<OrgUnitRef> cooperating) {
    }

    private Units unitsOf(ActivityRequest request) {
        return new Units(references.orgUnit("ownerOrgUnitId", request.ownerOrgUnitId(), "ownerOrgUnitCode", request.ownerOrgUnitCode()),
                references.orgUnits("cooperatingOrgUnitIds", request.cooperatingOrgUnitIds(),
                        "cooperatingOrgUnitCodes", request.cooperatingOrgUnitCodes()));
    }

    private void apply(Activity activity, ActivityRequest request, Units units) {
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
        OrgUnitRef owner = units.owner();
        caller.requireActsFor(owner.code(), "run activities for the org unit");
        List<OrgUnitRef> cooperating = units.cooperating();
        references.requireGoals(request.goalIdsOrEmpty());
        activity.title = request.title();
        activity.description = request.description();
        activity.ownerOrgUnitId = owner.id();
        activity.ownerOrgUnitCode = owner.code();
        activity.cooperatingUnits = new ArrayList<>(cooperating.stream()
                .map(unit -> new CooperatingUnit(unit.id(), unit.code())).toList());
        activity.goalIds = new ArrayList<>(request.goalIdsOrEmpty());
        activity.targetGroups = new ArrayList<>(request.targetGroupsOrEmpty());
        activity.status = request.status();
        activity.startDate = request.startDate();
        activity.endDate = request.endDate();
    }

}
