package se.malstyrning.goals.vision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.goals.decision.Decision;
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class VisionService {

    private final VisionRepository visions;
    private final Caller caller;

    public VisionService(VisionRepository visions, Caller caller) {
        this.visions = visions;
        this.caller = caller;
    }

    /** The current visions: a version replaced by a newer one stays in history and under its id. */
    public List<VisionView> list() {
        Set<GoalStatus> current = EnumSet.copyOf(visible());
        current.remove(GoalStatus.REPLACED);
        return visions.withStatus(current).stream().map(VisionView::of).toList();
    }

    public VisionView get(UUID id) {
        return VisionView.of(visions.findByIdOptional(id).filter(vision -> visible().contains(vision.status))
                .orElseThrow(() -> ProblemException.notFound("vision", id)));
    }

    /** The adopted vision valid in a year, if any. */
    public Optional<VisionView> validIn(int year) {
        return visions.withStatus(Set.of(GoalStatus.ADOPTED)).stream().filter(vision -> vision.validIn(year))
                .findFirst().map(VisionView::of);
    }

    @Transactional
    public VisionView create(VisionRequest request) {
        Vision vision = new Vision();
        apply(vision, request);
        visions.persistAndFlush(vision);
        return VisionView.of(vision);
    }

    /**
     * Changes a draft vision; with a decision the draft is adopted (and replaces its predecessor). An
     * adopted vision is never edited in place: a change, such as extending its validity (as KF did to
     * 2030), is a new version ({@link #newVersion}) adopted by a decision.
     */
    @Transactional
    public VisionView update(UUID id, String ifMatch, VisionRequest request) {
        Vision vision = visions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("vision", id));
        Versions.requireCurrent(vision.version, ifMatch, null);
        if (!vision.status.isEditable()) {
            throw ProblemException.conflict("A vision that is " + vision.status + " is never edited in place; create a new"
                    + " version with POST /goals/v1/visions/" + id + "/versions and adopt it by a decision");
        }
        apply(vision, request);
        if (vision.status == GoalStatus.ADOPTED) {
            replacePredecessor(vision);
        }
        visions.flush();
        return VisionView.of(vision);
    }

    /** Starts a new version of an adopted vision as a draft with the same wording; the adopted one stays as it is. */
    @Transactional
    public VisionView newVersion(UUID id) {
        Vision adopted = visions.findByIdOptional(id).filter(vision -> visible().contains(vision.status))
                .orElseThrow(() -> ProblemException.notFound("vision", id));
        if (adopted.status != GoalStatus.ADOPTED) {
            throw ProblemException.conflict("The vision is " + adopted.status + ", not ADOPTED: only an adopted vision gets a new version");
        }
        if (visions.count("predecessorId = ?1 and status in ?2", id, Set.of(GoalStatus.DRAFT, GoalStatus.PROPOSED)) > 0) {
            throw ProblemException.conflict("A new version of this vision is already being drafted");
        }
        Vision draft = new Vision();
        draft.text = adopted.text;
        draft.coreValues = List.copyOf(adopted.coreValues);
        draft.validFrom = adopted.validFrom;
        draft.validTo = adopted.validTo;
        draft.status = GoalStatus.DRAFT;
        draft.predecessorId = adopted.id;
        visions.persistAndFlush(draft);
        return VisionView.of(draft);
    }

    /** Adopts a draft vision by a decision; a new version replaces the version it was made from. */
    @Transactional
    public VisionView adopt(UUID id, DecisionRequest decision) {
        Vision vision = visions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("vision", id));
        if (vision.status == GoalStatus.ADOPTED && vision.decision.sameAs(decision)) {
            return VisionView.of(vision);
        }
        if (!vision.status.isEditable()) {
            throw ProblemException.conflict("The vision is " + vision.status + " and cannot be adopted again");
        }
        vision.status = GoalStatus.ADOPTED;
        vision.decision = Decision.of(decision);
        replacePredecessor(vision);
        visions.flush();
        return VisionView.of(vision);
    }

    private void replacePredecessor(Vision adopted) {
        if (adopted.predecessorId == null) {
            return;
        }
        Vision predecessor = visions.findById(adopted.predecessorId);
        if (predecessor != null && predecessor.status == GoalStatus.ADOPTED) {
            predecessor.status = GoalStatus.REPLACED;
            predecessor.successorId = adopted.id;
        }
    }

    private static void apply(Vision vision, VisionRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
        vision.text = request.text();
        vision.coreValues = request.coreValues() == null ? List.of() : List.copyOf(request.coreValues());
        vision.validFrom = request.validFrom();
        vision.validTo = request.validTo();
        vision.decision = request.decision() == null ? new Decision() : Decision.of(request.decision());
        vision.status = request.decision() == null ? GoalStatus.DRAFT : GoalStatus.ADOPTED;
    }

    private Set<GoalStatus> visible() {
        return caller.mayRead() ? EnumSet.allOf(GoalStatus.class) : GoalStatus.PUBLIC;
    }
}
