package se.malstyrning.followup.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.malstyrning.followup.activities.ActivityService;
import se.malstyrning.followup.client.Indicators;
import se.malstyrning.followup.client.GoalRef;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.followup.cycles.CycleService;
import se.malstyrning.followup.references.References;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import se.malstyrning.followup.webhooks.FollowupEvent;
import se.malstyrning.runtime.webhooks.Webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

@ApplicationScoped
public class AssessmentService {

    private final CycleService cycles;
    private final AssessmentRepository assessments;
    private final AssessmentRevisionRepository revisions;
    private final References references;
    private final ActivityService activities;
    private final Indicators indicators;
    private final Caller caller;
    private final String municipality;

    private final Webhooks webhooks;

    public AssessmentService(CycleService cycles, AssessmentRepository assessments, AssessmentRevisionRepository revisions,
                             References references, ActivityService activities, Indicators indicators, Caller caller,
                             @ConfigProperty(name = "malstyrning.municipality-code") String municipality, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.cycles = cycles;
        this.assessments = assessments;
        this.revisions = revisions;
        this.references = references;
        this.activities = activities;
        this.indicators = indicators;
        this.caller = caller;
        this.municipality = municipality;
    }

    public Page<AssessmentView> list(UUID cycleId, int limit, int offset) {
        cycles.find(cycleId);
        return assessments.page(cycleId, limit, offset).map(AssessmentView::of);
    }

    public AssessmentView get(UUID cycleId, UUID id) {
        return AssessmentView.of(find(cycleId, id));
    }

    public List<AssessmentRevisionView> revisions(UUID cycleId, UUID id) {
        return revisions.listByAssessment(find(cycleId, id).id).stream().map(AssessmentRevisionView::of).toList();
    }

    /** The first assessment of the goal by the org unit in the cycle, with the fulfilment as computed now. */
    @Transactional
    public AssessmentView submit(UUID cycleId, AssessmentRequest request) {
        int year = cycles.find(cycleId).year;
        OrgUnitRef unit = references.orgUnit("orgUnitId", request.orgUnitId(), "orgUnitCode", request.orgUnitCode());
        caller.requireActsFor(unit.code(), "assess for the org unit");
        GoalRef goal = references.goal("goalId", request.goalId());
        caller.requireActsFor(goal.ownerOrgUnitCode(), "assess the goal");
        if (assessments.exists(cycleId, request.goalId(), unit.id())) {
            throw ProblemException.conflictOnField("goalId", unit.code()
                    + " has assessed the goal in this cycle; revise that assessment with PUT instead");
        }
        Assessment assessment = new Assessment();
        assessment.cycleId = cycleId;
        assessment.goalId = request.goalId();
        assessment.orgUnitId = unit.id();
        assessment.orgUnitCode = unit.code();
        assessment.revision = 1;
        assessment.content = submitted(request, AssessmentStatus.SUBMITTED, year);
        assessments.persist(assessment);
        return recorded(assessment, FollowupEvent.ASSESSMENT_SUBMITTED);
    }

    @Transactional
    public AssessmentView revise(UUID cycleId, UUID id, String ifMatch, AssessmentRequest request) {
        Assessment assessment = find(cycleId, id);
        caller.requireActsFor(assessment.orgUnitCode, "revise the assessment");
        Versions.requireCurrent(assessment.version, ifMatch, request.version());
        OrgUnitRef unit = references.orgUnit("orgUnitId", request.orgUnitId(), "orgUnitCode", request.orgUnitCode());
        if (!assessment.goalId.equals(request.goalId()) || !assessment.orgUnitId.equals(unit.id())) {
            throw ProblemException.invalidField("goalId", "a revision keeps the goal and org unit of the assessment");
        }
        AssessmentStatus resubmitted = assessment.content.status.resubmit();
        assessment.revision++;
        assessment.content = submitted(request, resubmitted, cycles.find(cycleId).year);
        return recorded(assessment, FollowupEvent.ASSESSMENT_SUBMITTED);
    }

    @Transactional
    public AssessmentView approve(UUID cycleId, UUID id, ReviewRequest review) {
        return review(cycleId, id, review, AssessmentStatus::approve, FollowupEvent.ASSESSMENT_APPROVED);
    }

    @Transactional
    public AssessmentView returnForChanges(UUID cycleId, UUID id, ReviewRequest review) {
        if (review.comment() == null || review.comment().isBlank()) {
            throw ProblemException.invalidField("comment", "say what the board should change");
        }
        return review(cycleId, id, review, AssessmentStatus::returnForChanges, FollowupEvent.ASSESSMENT_RETURNED);
    }

    private AssessmentView review(UUID cycleId, UUID id, ReviewRequest review, UnaryOperator<AssessmentStatus> transition,
                                  FollowupEvent event) {
        Assessment assessment = find(cycleId, id);
        AssessmentContent reviewed = assessment.content.copy();
        reviewed.status = transition.apply(assessment.content.status);
        reviewed.reviewComment = review.comment();
        assessment.content = reviewed;
        return recorded(assessment, event);
    }

    private AssessmentView recorded(Assessment assessment, FollowupEvent event) {
        assessments.flush();
        revisions.persist(AssessmentRevision.of(assessment));
        revisions.flush();
        webhooks.publish(event.type, "/followup/v1/follow-up-cycles/" + assessment.cycleId + "/assessments/" + assessment.id,
                assessment.orgUnitCode, null, Map.of("assessmentId", assessment.id.toString(), "cycleId",
                        assessment.cycleId.toString(), "goalId", assessment.goalId.toString(), "revision", assessment.revision,
                        "status", assessment.content.status.name()));
        return AssessmentView.of(assessment);
    }

    /** With the fulfilment as of the cycle's year: a follow-up of 2022 keeps a snapshot of the data of 2022. */
    private AssessmentContent submitted(AssessmentRequest request, AssessmentStatus status, int year) {
        activities.requireActivities("activityIds", request.activityIdsOrEmpty());
        Map<String, Object> fulfilment = indicators.fulfilment(request.goalId(), municipality, year).orElseThrow(() ->
                ProblemException.unprocessableField("goalId", "indicators-service has no fulfilment for the goal"));
        AssessmentContent content = new AssessmentContent();
        content.status = status;
        content.judgement = request.judgement();
        content.analysis = request.analysis();
        content.targetGroupEffects = request.targetGroupEffects();
        content.activityIds = new ArrayList<>(request.activityIdsOrEmpty());
        content.fulfilmentSnapshot = new LinkedHashMap<>(fulfilment);
        return content;
    }

    private Assessment find(UUID cycleId, UUID id) {
        return assessments.findByIdOptional(id).filter(found -> found.cycleId.equals(cycleId))
                .orElseThrow(() -> ProblemException.notFound("assessment in this cycle", id));
    }

}
