package se.malstyrning.indicators.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
        indicators.persistAndFlush(indicator);
        return IndicatorView.of(indicator);
    }
}
