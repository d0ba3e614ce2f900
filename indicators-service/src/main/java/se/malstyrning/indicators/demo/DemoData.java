package se.malstyrning.indicators.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.indicators.catalogue.Frequency;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.catalogue.IndicatorRequest;
import se.malstyrning.indicators.catalogue.IndicatorService;
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

    private static final List<IndicatorRequest> CATALOGUE = List.of(
            new IndicatorRequest("N00914", "Invånare totalt, antal (demo)", null, "antal", IndicatorSource.KOLADA, Quality.ACTUAL,
                    Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new IndicatorRequest("N15428", "Gymnasieelever med examen inom 4 år, andel (%) (demo)", null, "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new IndicatorRequest("N00945", "Förvärvsarbetande invånare 20-64 år, andel (%) (demo)", null, "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new IndicatorRequest("U07414", "Besök i kommunens bibliotek per invånare (demo)", null, "antal/inv", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.SHORT_TERM, false),
            new IndicatorRequest("L-TRYGG", "Invånare som känner sig trygga utomhus på kvällen, andel (%) (lokal enkät)", null, "%",
                    IndicatorSource.LOCAL_SURVEY, Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER,
                    Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, true),
            new IndicatorRequest("L-PAVERKA", "Invånare som upplever att de kan påverka, andel (%) (lokal enkät)", null, "%",
                    IndicatorSource.LOCAL_SURVEY, Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER,
                    Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, true));

    private final IndicatorService indicators;
    private final boolean enabled;

    public DemoData(IndicatorService indicators, @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.indicators = indicators;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    public void load() {
        int added = 0;
        for (IndicatorRequest demo : CATALOGUE) {
            if (!indicators.exists(demo.code())) {
                indicators.create(demo);
                added++;
            }
        }
        LOG.infof("Demo data: %d indicators added", added);
    }
}
