package se.malstyrning.indicators.kolada;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.observation.AreaKind;
import se.malstyrning.indicators.observation.ObservationFilter;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.PeriodRow;
import se.malstyrning.indicators.observation.Years;
import se.malstyrning.runtime.paging.Page;

import java.util.List;
import java.util.Optional;

/** Our catalogue and observations as Kolada v3 serves them; any two of key figure, area and year select data. */
@ApplicationScoped
public class KoladaService {

    private final IndicatorRepository indicators;
    private final ObservationStore observations;

    public KoladaService(IndicatorRepository indicators, ObservationStore observations) {
        this.indicators = indicators;
        this.observations = observations;
    }

    @Transactional
    public Page<KoladaKpi> kpis(Optional<String> ids, Optional<String> title, KoladaPaging paging) {
        List<String> codes = ids.map(text -> KoladaIds.split("kpi", text)).orElse(List.of());
        return indicators.byCodesAndTitle(codes, title.filter(text -> !text.isBlank()), paging.perPage, paging.offset())
                .map(KoladaKpi::of);
    }

    public Page<PeriodRow> data(String kpis, String areas, String years, String areaSegment, AreaKind kind, KoladaPaging paging) {
        ObservationFilter filter = new ObservationFilter(
                kpis == null ? List.of() : KoladaIds.split("kpi", kpis),
                areas == null ? List.of() : KoladaIds.split(areaSegment, areas),
                years == null ? List.of() : KoladaIds.split("year", years).stream().map(year -> Years.parse("year", year)).toList(),
                Optional.empty(), Optional.empty(), List.of());
        return observations.periodRows(filter, kind, paging.perPage, paging.offset());
    }
}
