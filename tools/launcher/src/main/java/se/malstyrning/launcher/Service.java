package se.malstyrning.launcher;

/** The parts of the suite that are our own Quarkus applications. */
public enum Service {
    GOALS("goals-service", "goals"),
    INDICATORS("indicators-service", "indicators"),
    FOLLOWUP("followup-service", "followup"),
    GATEWAY("gateway", null);

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    /** The service's own database, or null for the gateway, which keeps no state. */
    String database() {
        return database;
    }

    int port(Ports ports) {
        return switch (this) {
            case GOALS -> ports.goals();
            case INDICATORS -> ports.indicators();
            case FOLLOWUP -> ports.followup();
            case GATEWAY -> ports.gateway();
        };
    }
}
