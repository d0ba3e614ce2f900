package se.malstyrning.indicators.observation;

/** Areas are municipalities (four-digit SCB codes, 0000 for the country) or organisational units (any other code). */
public enum AreaKind {
    MUNICIPALITY("o.area ~ '^[0-9]{4}$'"),
    ORGANISATIONAL_UNIT("o.area !~ '^[0-9]{4}$'");

    private final String condition;

    AreaKind(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on {@code o.area}. */
    String condition() {
        return condition;
    }
}
