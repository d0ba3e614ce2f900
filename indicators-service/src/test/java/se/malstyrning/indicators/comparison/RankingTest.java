package se.malstyrning.indicators.comparison;

import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.catalogue.Polarity;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingTest {

    private static final Map<String, Double> EIGHT = Map.of("a", 1.0, "b", 2.0, "c", 3.0, "d", 4.0,
            "e", 5.0, "f", 6.0, "g", 7.0, "h", 8.0);

    @Test
    void shouldRankTheHighestFirstWhenHigherIsBetter() {
        Ranking best = Ranking.of(Polarity.HIGHER_IS_BETTER, EIGHT, "h").orElseThrow();

        assertEquals(new Ranking(1, 8, 1, Colour.GREEN), best);
        assertEquals(new Ranking(8, 8, 4, Colour.RED), Ranking.of(Polarity.HIGHER_IS_BETTER, EIGHT, "a").orElseThrow());
    }

    @Test
    void shouldRankTheLowestFirstWhenLowerIsBetter() {
        assertEquals(new Ranking(1, 8, 1, Colour.GREEN), Ranking.of(Polarity.LOWER_IS_BETTER, EIGHT, "a").orElseThrow());
    }

    @Test
    void shouldColourTheMiddleHalfYellow() {
        assertEquals(Colour.YELLOW, Ranking.of(Polarity.HIGHER_IS_BETTER, EIGHT, "f").orElseThrow().colour());
        assertEquals(2, Ranking.of(Polarity.HIGHER_IS_BETTER, EIGHT, "f").orElseThrow().quartile());
        assertEquals(3, Ranking.of(Polarity.HIGHER_IS_BETTER, EIGHT, "d").orElseThrow().quartile());
    }

    @Test
    void shouldShareARankBetweenEqualValues() {
        Map<String, Double> tied = Map.of("a", 5.0, "b", 5.0, "c", 1.0);

        assertEquals(1, Ranking.of(Polarity.HIGHER_IS_BETTER, tied, "b").orElseThrow().rank());
        assertEquals(3, Ranking.of(Polarity.HIGHER_IS_BETTER, tied, "c").orElseThrow().rank());
    }

    @Test
    void shouldHaveNoRankingWithoutAValue() {
        assertTrue(Ranking.of(Polarity.HIGHER_IS_BETTER, EIGHT, "x").isEmpty());
    }

    @Test
    void shouldPutASingleMunicipalityFirst() {
        assertEquals(new Ranking(1, 1, 1, Colour.GREEN), Ranking.of(Polarity.HIGHER_IS_BETTER, Map.of("a", 1.0), "a").orElseThrow());
    }
}
