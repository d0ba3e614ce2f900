package se.malstyrning.goals.vision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.goals.decision.Decision;
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

    public List<VisionView> list() {
        return visions.withStatus(visible()).stream().map(VisionView::of).toList();
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

    /** Changes the vision; extending its validity (as KF did to 2030) is such a change, recorded in its history. */
    @Transactional
    public VisionView update(UUID id, String ifMatch, VisionRequest request) {
        Vision vision = visions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("vision", id));
        Versions.requireCurrent(vision.version, ifMatch, null);
        apply(vision, request);
        visions.flush();
        return VisionView.of(vision);
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
