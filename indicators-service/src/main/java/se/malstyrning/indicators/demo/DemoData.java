package se.malstyrning.indicators.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.indicators.catalogue.Frequency;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.IndicatorSource;
import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.indicators.catalogue.Quality;

import java.util.List;

/**
 * Citizen-focused indicators for the four council goals of the seeds, loaded at start when
 * {@code malstyrning.demo-data.enabled} is set. Kolada-style ids for national key figures; the
 * titles are descriptive demo titles. Idempotent: what exists (by code) is left alone.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private record Demo(String code, String title, String unit, IndicatorSource source, Quality quality,
                        Polarity polarity, Frequency frequency, Horizon horizon, boolean dividedByGender) {
    }

    private static final List<Demo> CATALOGUE = List.of(
            new Demo("N00914", "Invånare totalt, antal (demo)", "antal", IndicatorSource.KOLADA, Quality.ACTUAL,
                    Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new Demo("N15428", "Gymnasieelever med examen inom 4 år, andel (%) (demo)", "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new Demo("N00945", "Förvärvsarbetande invånare 20-64 år, andel (%) (demo)", "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new Demo("U07414", "Besök i kommunens bibliotek per invånare (demo)", "antal/inv", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.SHORT_TERM, false),
            new Demo("L-TRYGG", "Invånare som känner sig trygga utomhus på kvällen, andel (%) (lokal enkät)", "%",
                    IndicatorSource.LOCAL_SURVEY, Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER,
                    Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, true),
            new Demo("L-PAVERKA", "Invånare som upplever att de kan påverka, andel (%) (lokal enkät)", "%",
                    IndicatorSource.LOCAL_SURVEY, Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER,
                    Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, true));

    private final IndicatorRepository indicators;
    private final boolean enabled;

    public DemoData(IndicatorRepository indicators, @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.indicators = indicators;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        int added = 0;
        for (Demo demo : CATALOGUE) {
            if (indicators.findByCode(demo.code()).isEmpty()) {
                Indicator indicator = new Indicator();
                indicator.code = demo.code();
                indicator.title = demo.title();
                indicator.unit = demo.unit();
                indicator.source = demo.source();
                indicator.quality = demo.quality();
                indicator.polarity = demo.polarity();
                indicator.frequency = demo.frequency();
                indicator.horizon = demo.horizon();
                indicator.dividedByGender = demo.dividedByGender();
                indicators.persist(indicator);
                added++;
            }
        }
        LOG.infof("Demo data: %d indicators added", added);
    }
}
