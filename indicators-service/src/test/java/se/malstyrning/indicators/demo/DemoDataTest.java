package se.malstyrning.indicators.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.Frequency;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.Quality;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.SeriesPoint;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final IndicatorRepository indicators;
    private final ObservationStore observations;

    DemoDataTest(DemoData demoData, IndicatorRepository indicators, ObservationStore observations) {
        this.demoData = demoData;
        this.indicators = indicators;
        this.observations = observations;
    }

    @Test
    void shouldLoadTheDemoCatalogueOnceHoweverOftenItRuns() {
        demoData.load();
        long afterFirst = indicators.count();
        demoData.load();

        assertEquals(afterFirst, indicators.count());
        assertEquals(Quality.PERCEIVED, indicators.findByCode("L-TRYGG").orElseThrow().quality);
    }

    @Test
    void shouldGiveVaggerydTenYearsAndEveryMunicipalityTheComparedKeyFigures() {
        demoData.load();
        demoData.load();

        UUID population = indicators.findByCode("N00914").orElseThrow().id;
        assertEquals(DemoData.YEARS, observations.series(population, DemoData.HOME, Gender.T).size());
        UUID graduation = indicators.findByCode("N15428").orElseThrow().id;
        assertEquals(290, observations.municipalityValues(graduation, 2024, Gender.T, List.of()).size());
    }

    @Test
    void shouldListThe290SwedishMunicipalitiesOnce() {
        List<String> municipalities = demoData.municipalities();

        assertEquals(290, municipalities.size());
        assertEquals(290, municipalities.stream().distinct().count());
    }

    @Test
    void shouldGiveAKeyFigureValuesAsOftenAsItsFrequencySays() {
        demoData.load();
        for (String code : List.of("L-TRYGG", "L-PAVERKA", "U00402", "N15428", "U23471")) {
            Indicator indicator = indicators.findByCode(code).orElseThrow();
            List<Integer> years = observations.series(indicator.id, DemoData.HOME, Gender.T).stream()
                    .map(SeriesPoint::period).toList();
            int step = indicator.frequency == Frequency.EVERY_SECOND_YEAR ? 2 : 1;
            for (int i = 1; i < years.size(); i++) {
                assertEquals(step, years.get(i) - years.get(i - 1), code + " " + years);
            }
            assertEquals(DemoData.YEARS / step, years.size(), code + " " + years);
        }
    }

    @Test
    void shouldKeepATotalConsistentWithItsWomenAndMen() {
        demoData.load();
        UUID population = indicators.findByCode("N00914").orElseThrow().id;
        List<SeriesPoint> all = observations.series(population, DemoData.HOME, Gender.T);
        List<SeriesPoint> women = observations.series(population, DemoData.HOME, Gender.K);
        List<SeriesPoint> men = observations.series(population, DemoData.HOME, Gender.M);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).value(), women.get(i).value() + men.get(i).value(), 1e-9, "year " + all.get(i).period());
            assertEquals(Math.rint(all.get(i).value()), all.get(i).value(), 1e-9, "a count is a whole number");
        }
        UUID graduation = indicators.findByCode("N15428").orElseThrow().id;
        List<SeriesPoint> share = observations.series(graduation, DemoData.HOME, Gender.T);
        List<SeriesPoint> girls = observations.series(graduation, DemoData.HOME, Gender.K);
        List<SeriesPoint> boys = observations.series(graduation, DemoData.HOME, Gender.M);
        for (int i = 0; i < share.size(); i++) {
            assertEquals(share.get(i).value(), (girls.get(i).value() + boys.get(i).value()) / 2, 0.051, "year " + share.get(i).period());
            assertTrue(girls.get(i).value() >= share.get(i).value() && share.get(i).value() >= boys.get(i).value());
        }
    }
}
