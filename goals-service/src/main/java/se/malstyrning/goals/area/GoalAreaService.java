package se.malstyrning.goals.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class GoalAreaService {

    private final GoalAreaRepository areas;
    private final Caller caller;

    public GoalAreaService(GoalAreaRepository areas, Caller caller) {
        this.areas = areas;
        this.caller = caller;
    }

    public List<GoalAreaView> list() {
        return areas.withStatus(caller.mayRead() ? List.of(GoalStatus.values()) : GoalStatus.PUBLIC)
                .stream().map(GoalAreaView::of).toList();
    }

    public GoalAreaView get(UUID id) {
        GoalArea area = areas.findByIdOptional(id)
                .filter(found -> found.status.isPublic() || caller.mayRead())
                .orElseThrow(() -> ProblemException.notFound("goal area", id));
        return GoalAreaView.of(area);
    }

    public java.util.Optional<GoalAreaView> findByNumber(int number) {
        return areas.findByNumber(number).map(GoalAreaView::of);
    }

    @Transactional
    public GoalAreaView create(GoalAreaRequest request) {
        if (areas.findByNumber(request.number()).isPresent()) {
            throw ProblemException.conflictOnField("number", "goal area " + request.number() + " exists");
        }
        GoalArea area = new GoalArea();
        apply(area, request);
        areas.persistAndFlush(area);
        return GoalAreaView.of(area);
    }

    @Transactional
    public GoalAreaView update(UUID id, String ifMatch, GoalAreaRequest request) {
        GoalArea area = areas.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("goal area", id));
        Versions.requireCurrent(area.version, ifMatch, null);
        areas.findByNumber(request.number()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ProblemException.conflictOnField("number", "goal area " + request.number() + " exists");
        });
        apply(area, request);
        areas.flush();
        return GoalAreaView.of(area);
    }

    private static void apply(GoalArea area, GoalAreaRequest request) {
        area.number = request.number();
        area.name = request.name();
        area.description = request.description();
        area.keywords = request.keywords() == null ? List.of() : List.copyOf(request.keywords());
        area.guidingQuestions = request.guidingQuestions() == null ? List.of() : List.copyOf(request.guidingQuestions());
        area.status = Objects.requireNonNullElse(request.status(), GoalStatus.DRAFT);
    }
}
