package se.malstyrning.indicators.comparison;

/** Kolada's colouring: the best quarter green, the middle half yellow, the worst quarter red. */
public enum Colour {
    GREEN, YELLOW, RED
}
