package se.malstyrning.followup.cycles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.UUID;

@ApplicationScoped
public class CycleService {

    private final CycleRepository cycles;
    private final Caller caller;

    public CycleService(CycleRepository cycles, Caller caller) {
        this.cycles = cycles;
        this.caller = caller;
    }

    /** The cycles; without a token the published ones, those with an approved assessment (open data). */
    public Page<CycleView> list(int limit, int offset) {
        return (caller.mayRead() ? cycles.page(limit, offset) : cycles.published(limit, offset)).map(CycleView::of);
    }

    /** One cycle; without a token only a published one (another is a 404, as if it did not exist). */
    public CycleView get(UUID id) {
        FollowUpCycle cycle = find(id);
        if (!caller.mayRead() && !cycles.isPublished(id)) {
            throw ProblemException.notFound("follow-up cycle", id);
        }
        return CycleView.of(cycle);
    }

    /** One cycle whether published or not: its report decides itself what of it is public. */
    public CycleView describe(UUID id) {
        return CycleView.of(find(id));
    }

    public FollowUpCycle find(UUID id) {
        return cycles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("follow-up cycle", id));
    }

    @Transactional
    public CycleView open(CycleRequest request) {
        if (cycles.exists(request.kind(), request.year())) {
            throw ProblemException.conflictOnField("year", "a " + request.kind() + " cycle for " + request.year() + " exists");
        }
        FollowUpCycle cycle = new FollowUpCycle();
        cycle.kind = request.kind();
        cycle.year = request.year();
        cycle.mandatePeriodId = request.mandatePeriodId();
        cycle.title = request.title();
        cycle.deadline = request.deadline();
        cycles.persistAndFlush(cycle);
        return CycleView.of(cycle);
    }
}
