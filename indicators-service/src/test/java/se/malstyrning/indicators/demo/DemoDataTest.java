package se.malstyrning.indicators.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.catalogue.Quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final IndicatorRepository indicators;

    DemoDataTest(DemoData demoData, IndicatorRepository indicators) {
        this.demoData = demoData;
        this.indicators = indicators;
    }

    @Test
    void shouldLoadTheDemoCatalogueOnceHoweverOftenItRuns() {
        demoData.load();
        long afterFirst = indicators.count();
        demoData.load();

        assertEquals(afterFirst, indicators.count());
        assertEquals(Quality.PERCEIVED, indicators.findByCode("L-TRYGG").orElseThrow().quality);
    }
}
