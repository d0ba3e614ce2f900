package se.malstyrning.followup.risks;

/**
 * Probability × consequence, each 1–4, gives the risk value 1–16; the traffic light follows the
 * usual matrix: up to 4 green, up to 8 yellow, above that red.
 */
public record RiskScore(int probability, int consequence) {

    public static final int MIN = 1;
    public static final int MAX = 4;

    public RiskScore {
        if (probability < MIN || probability > MAX || consequence < MIN || consequence > MAX) {
            throw new IllegalArgumentException("probability and consequence run from 1 to 4");
        }
    }

    public int value() {
        return probability * consequence;
    }

    public Level level() {
        int value = value();
        return value <= 4 ? Level.GREEN : value <= 8 ? Level.YELLOW : Level.RED;
    }

    public enum Level {
        GREEN, YELLOW, RED
    }
}
