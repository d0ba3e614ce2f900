package se.malstyrning.indicators.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;

    public IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    public Page<IndicatorView> list(Optional<Horizon> horizon, Optional<UUID> goalId, int limit, int offset) {
        return indicators.page(horizon, goalId, limit, offset).map(IndicatorView::of);
    }

    public IndicatorView get(UUID id) {
        return IndicatorView.of(indicators.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("indicator", id)));
    }

    public boolean exists(String code) {
        return indicators.findByCode(code).isPresent();
    }

    @Transactional
    public IndicatorView create(IndicatorRequest request) {
        if (indicators.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflictOnField("code", "an indicator with code " + request.code() + " exists");
        }
        Indicator indicator = new Indicator();
        apply(indicator, request);
        indicators.persistAndFlush(indicator);
        return IndicatorView.of(indicator);
    }

    /** Changes an indicator made against the version in If-Match; 412 when someone changed it since. */
    @Transactional
    public IndicatorView update(UUID id, String ifMatch, IndicatorRequest request) {
        Indicator indicator = indicators.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("indicator", id));
        Versions.requireCurrent(indicator.version, ifMatch, null);
        if (!indicator.code.equals(request.code()) && indicators.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflictOnField("code", "an indicator with code " + request.code() + " exists");
        }
        apply(indicator, request);
        indicators.flush();
        return IndicatorView.of(indicator);
    }

    private static void apply(Indicator indicator, IndicatorRequest request) {
        indicator.code = request.code();
        indicator.title = request.title();
        indicator.description = request.description();
        indicator.unit = request.unit();
        indicator.source = request.source();
        indicator.quality = request.quality();
        indicator.polarity = request.polarity();
        indicator.frequency = request.frequency();
        indicator.horizon = request.horizon();
        indicator.dividedByGender = request.dividedByGender();
    }
}
