package se.malstyrning.indicators.demo;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import se.malstyrning.runtime.persistence.OneInstanceAtATime;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.indicators.catalogue.Frequency;
import se.malstyrning.indicators.catalogue.Horizon;
import se.malstyrning.indicators.catalogue.IndicatorRequest;
import se.malstyrning.indicators.catalogue.IndicatorService;
import se.malstyrning.indicators.catalogue.IndicatorSource;
import se.malstyrning.indicators.catalogue.Polarity;
import se.malstyrning.indicators.catalogue.Quality;
import se.malstyrning.indicators.imports.ImportFormat;
import se.malstyrning.indicators.imports.ImportResult;
import se.malstyrning.indicators.imports.ImportService;
import se.malstyrning.indicators.municipality.MunicipalityRepository;


import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Citizen-focused indicators for the four council goals of the seeds, loaded at start when
 * {@code malstyrning.demo-data.enabled} is set. Kolada-style ids for national key figures; the
 * titles are descriptive demo titles. Observations are generated (source "Demo, genererade
 * värden"): ten years for Vaggeryd (0665) for every indicator, and for all 290 municipalities for
 * the national key figures that comparison is about. Idempotent: indicators that exist (by code)
 * are left alone, and the generated values are the same on every start, so importing them again
 * adds nothing.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    static final String HOME = "0665";
    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;
    static final String SOURCE = "Demo, genererade värden";

    private static final List<IndicatorRequest> CATALOGUE = List.of(
            new IndicatorRequest("N00914", "Invånare totalt, antal (demo)", null, "antal", IndicatorSource.KOLADA, Quality.ACTUAL,
                    Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new IndicatorRequest("N15428", "Gymnasieelever med examen inom 4 år, andel (%) (demo)", null, "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new IndicatorRequest("N00945", "Förvärvsarbetande invånare 20-64 år, andel (%) (demo)", null, "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, true),
            new IndicatorRequest("U07414", "Besök i kommunens bibliotek per invånare (demo)", null, "antal/inv", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.SHORT_TERM, false),
            new IndicatorRequest("U00402", "Nöjdhet med kommunens service, index (demo)", null, "index", IndicatorSource.KOLADA,
                    Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER, Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, false),
            new IndicatorRequest("U09403", "Väntetid i antal dagar till särskilt boende (demo)", null, "dagar", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.LOWER_IS_BETTER, Frequency.YEARLY, Horizon.SHORT_TERM, false),
            new IndicatorRequest("U23471", "Andel förnybar energi i kommunens verksamhet (%) (demo)", null, "%", IndicatorSource.KOLADA,
                    Quality.ACTUAL, Polarity.HIGHER_IS_BETTER, Frequency.YEARLY, Horizon.STRUCTURAL, false),
            new IndicatorRequest("L-TRYGG", "Invånare som känner sig trygga utomhus på kvällen, andel (%) (lokal enkät)", null, "%",
                    IndicatorSource.LOCAL_SURVEY, Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER,
                    Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, true),
            new IndicatorRequest("L-PAVERKA", "Invånare som upplever att de kan påverka, andel (%) (lokal enkät)", null, "%",
                    IndicatorSource.LOCAL_SURVEY, Quality.PERCEIVED, Polarity.HIGHER_IS_BETTER,
                    Frequency.EVERY_SECOND_YEAR, Horizon.SHORT_TERM, true));

    /** Generated for all municipalities: the key figures a board compares itself on. */
    private static final List<DemoSeries> NATIONAL = List.of(
            new DemoSeries("N15428", 72, 0.3, 5, 1.5, true),
            new DemoSeries("N00945", 80, 0.2, 3, 0.6, true));

    /** Generated for Vaggeryd only. */
    private static final List<DemoSeries> LOCAL = List.of(
            new DemoSeries("N00914", 13200, 60, 0, 15, true),
            new DemoSeries("U07414", 4.1, -0.05, 0, 0.2, false),
            new DemoSeries("U00402", 62, 0.4, 0, 1.5, false),
            new DemoSeries("U09403", 75, -2.5, 0, 8, false),
            new DemoSeries("U23471", 55, 3.5, 0, 2, false),
            new DemoSeries("L-TRYGG", 68, 0.5, 0, 2, true),
            new DemoSeries("L-PAVERKA", 41, 0.6, 0, 2, true));

    /** Key figures counted in whole numbers (their unit is "antal"): women and men add up to the total. */
    private static final Set<String> COUNTS = CATALOGUE.stream().filter(indicator -> "antal".equals(indicator.unit()))
            .map(IndicatorRequest::code).collect(Collectors.toSet());

    /** Key figures measured every second year get a value every second year only (2015, 2017, …). */
    private static final Set<String> EVERY_SECOND_YEAR = CATALOGUE.stream()
            .filter(indicator -> indicator.frequency() == Frequency.EVERY_SECOND_YEAR)
            .map(IndicatorRequest::code).collect(Collectors.toSet());

    private final IndicatorService indicators;
    private final ImportService imports;
    private final MunicipalityRepository municipalities;
    private final boolean enabled;
    private final OneInstanceAtATime oneAtATime;

    public DemoData(OneInstanceAtATime oneAtATime, IndicatorService indicators, ImportService imports,
                    MunicipalityRepository municipalities,
                    @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.municipalities = municipalities;
        this.indicators = indicators;
        this.imports = imports;
        this.enabled = enabled;
        this.oneAtATime = oneAtATime;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            // Replicas starting together on an empty database: one loads, the others then find it loaded.
            oneAtATime.run("demo-data", this::load);
        }
    }

    @ActivateRequestContext
    public void load() {
        int added = 0;
        for (IndicatorRequest demo : CATALOGUE) {
            if (!indicators.exists(demo.code())) {
                indicators.create(demo);
                added++;
            }
        }
        ImportResult observations = imports.importFile(ImportFormat.CSV,
                new ByteArrayInputStream(observationsCsv().getBytes(StandardCharsets.UTF_8)), SOURCE);
        LOG.infof("Demo data: %d indicators added, %d observations created, %d unchanged", added, observations.created(),
                observations.unchanged());
    }

    /** The 290 municipalities of the reference data (migration V20), by code. */
    @Transactional
    List<String> municipalities() {
        return municipalities.list("type", Sort.by("code"), "K").stream().map(municipality -> municipality.code).toList();
    }

    private String observationsCsv() {
        StringBuilder csv = new StringBuilder("indicator,area,period,gender,value\n");
        List<String> all = municipalities();
        NATIONAL.forEach(series -> all.forEach(municipality -> append(csv, series, municipality)));
        LOCAL.forEach(series -> append(csv, series, HOME));
        return csv.toString();
    }

    /**
     * Ten years, or every second of them for a key figure measured so. Divided by gender, the total is
     * consistent with women's and men's values: their sum for a count, their mean (women a little
     * above, men a little below) for a share or an index.
     */
    private static void append(StringBuilder csv, DemoSeries series, String municipality) {
        boolean count = COUNTS.contains(series.code());
        for (int year = 0; year < YEARS; year++) {
            if (EVERY_SECOND_YEAR.contains(series.code()) && year % 2 == 1) {
                continue;
            }
            double total = series.value(municipality, year, 0);
            if (count) {
                long all = Math.round(total);
                row(csv, series, municipality, year, "T", "%d".formatted(all));
                if (series.byGender()) {
                    long women = Math.round(all * 0.497);
                    row(csv, series, municipality, year, "K", "%d".formatted(women));
                    row(csv, series, municipality, year, "M", "%d".formatted(all - women));
                }
                continue;
            }
            row(csv, series, municipality, year, "T", oneDecimal(total));
            if (series.byGender()) {
                double gap = Math.round(series.level() * 0.03 * 10) / 10.0;
                double women = Math.round((total + gap) * 10) / 10.0;
                row(csv, series, municipality, year, "K", oneDecimal(women));
                row(csv, series, municipality, year, "M", oneDecimal(2 * total - women));
            }
        }
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", Math.max(0, value));
    }

    private static void row(StringBuilder csv, DemoSeries series, String municipality, int year, String gender, String value) {
        csv.append(series.code()).append(',').append(municipality).append(',').append(FIRST_YEAR + year).append(',')
                .append(gender).append(',').append(value).append('\n');
    }
}
