package se.malstyrning.indicators.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.Quality;
import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStore;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

        UUID trygg = indicators.findByCode("L-TRYGG").orElseThrow().id;
        assertEquals(DemoData.YEARS, observations.series(trygg, DemoData.HOME, Gender.T).size());
        UUID graduation = indicators.findByCode("N15428").orElseThrow().id;
        assertEquals(290, observations.municipalityValues(graduation, 2024, Gender.T, List.of()).size());
    }

    @Test
    void shouldListThe290SwedishMunicipalitiesOnce() {
        List<String> municipalities = demoData.municipalities();

        assertEquals(290, municipalities.size());
        assertEquals(290, municipalities.stream().distinct().count());
    }
}
