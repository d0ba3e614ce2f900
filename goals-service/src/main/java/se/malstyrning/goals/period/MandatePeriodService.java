package se.malstyrning.goals.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MandatePeriodService {

    private final MandatePeriodRepository periods;

    public MandatePeriodService(MandatePeriodRepository periods) {
        this.periods = periods;
    }

    public Page<MandatePeriodView> list(int limit, int offset) {
        return periods.page(limit, offset).map(MandatePeriodView::of);
    }

    public MandatePeriodView get(UUID id) {
        return MandatePeriodView.of(require(id));
    }

    public Optional<MandatePeriodView> findByCode(String code) {
        return periods.findByCode(code).map(MandatePeriodView::of);
    }

    /** The period, or a 404 when the path names none. */
    public MandatePeriod require(UUID id) {
        return periods.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("mandate period", id));
    }

    @Transactional
    public MandatePeriodView create(MandatePeriodRequest request) {
        if (request.endYear() < request.startYear()) {
            throw ProblemException.invalidField("endYear", "must not be before startYear");
        }
        if (periods.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflictOnField("code", "a mandate period " + request.code() + " exists");
        }
        MandatePeriod period = new MandatePeriod();
        period.code = request.code();
        period.name = request.name();
        period.startYear = request.startYear();
        period.endYear = request.endYear();
        periods.persistAndFlush(period);
        return MandatePeriodView.of(period);
    }
}
