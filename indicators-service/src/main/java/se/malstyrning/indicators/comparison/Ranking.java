package se.malstyrning.indicators.comparison;

import se.malstyrning.indicators.catalogue.Polarity;

import java.util.Map;
import java.util.Optional;

/**
 * The place of one area among others: rank 1 is the best value (highest, or lowest when lower is
 * better), equal values share a rank, and quartile 1 is the best quarter.
 */
public record Ranking(int rank, int of, int quartile, Colour colour) {

    public static Optional<Ranking> of(Polarity polarity, Map<String, Double> values, String area) {
        Double own = values.get(area);
        if (own == null) {
            return Optional.empty();
        }
        long better = values.values().stream()
                .filter(value -> polarity == Polarity.HIGHER_IS_BETTER ? value > own : value < own)
                .count();
        int rank = (int) better + 1;
        int of = values.size();
        int quartile = Math.min(4, (rank - 1) * 4 / of + 1);
        Colour colour = quartile == 1 ? Colour.GREEN : quartile == 4 ? Colour.RED : Colour.YELLOW;
        return Optional.of(new Ranking(rank, of, quartile, colour));
    }
}
