package se.malstyrning.launcher;

/** Where each part of the suite listens. */
public record Ports(int gateway, int keycloak, int keycloakManagement, int goals, int indicators, int followup,
                    int postgres) {

    /** The fixed addresses integrators rely on: gateway 8080, Keycloak 8180. */
    public static Ports standard() {
        return new Ports(8080, 8180, 9180, 8081, 8082, 8083, 5442);
    }

    /** Addresses for the system tests, so that they can run beside a running suite. */
    public static Ports forSystemTests() {
        return new Ports(18080, 18180, 19180, 18081, 18082, 18083, 0);
    }

    /** Addresses for the benchmark scripts, so that they can run beside a running suite and the system tests. */
    public static Ports forBenchmarks() {
        return new Ports(28080, 28180, 29180, 28081, 28082, 28083, 25442);
    }
}
