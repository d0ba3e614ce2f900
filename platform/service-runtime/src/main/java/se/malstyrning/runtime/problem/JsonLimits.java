package se.malstyrning.runtime.problem;

/**
 * The documented limits of the JSON every service reads, tighter than Jackson's defaults:
 * {@link se.malstyrning.runtime.input.StrictJson} applies them to the reader, and a body beyond one
 * is a 400 problem that names it ({@link ProblemMappers}).
 */
public final class JsonLimits {

    /** Levels of arrays and objects inside each other. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters of one number. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private JsonLimits() {
    }
}
