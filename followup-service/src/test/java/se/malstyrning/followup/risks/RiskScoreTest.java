package se.malstyrning.followup.risks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RiskScoreTest {

    @Test
    void shouldMultiplyProbabilityByConsequence() {
        assertEquals(12, new RiskScore(3, 4).value());
    }

    @Test
    void shouldCallAValueUpToFourGreen() {
        assertEquals(RiskScore.Level.GREEN, new RiskScore(2, 2).level());
    }

    @Test
    void shouldCallAValueFromSixToEightYellow() {
        assertEquals(RiskScore.Level.YELLOW, new RiskScore(2, 3).level());
        assertEquals(RiskScore.Level.YELLOW, new RiskScore(4, 2).level());
    }

    @Test
    void shouldCallAValueFromNineRed() {
        assertEquals(RiskScore.Level.RED, new RiskScore(3, 3).level());
    }

    @Test
    void shouldRefuseAScoreOutsideOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> new RiskScore(5, 1));
        assertThrows(IllegalArgumentException.class, () -> new RiskScore(1, 0));
    }
}
