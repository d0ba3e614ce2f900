package se.malstyrning.followup.cycles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class CycleService {

    private final CycleRepository cycles;

    public CycleService(CycleRepository cycles) {
        this.cycles = cycles;
    }

    public Page<CycleView> list(int limit, int offset) {
        return cycles.page(limit, offset).map(CycleView::of);
    }

    public CycleView get(UUID id) {
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
