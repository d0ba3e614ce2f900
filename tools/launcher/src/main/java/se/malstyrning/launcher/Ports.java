package se.malstyrning.launcher;

/** Where each part of the suite listens. */
public record Ports(int gateway, int keycloak, int keycloakManagement, int goals, int indicators, int followup,
                    int postgres) {

    /** The gateway's management interface (its metrics for Prometheus): 1000 above its public port. */
    public int gatewayManagement() {
        return gateway + 1000;
    }

    /** The fixed addresses integrators rely on: gateway 8080, Keycloak 8180. */
    public static Ports standard() {
        return new Ports(8080, 8180, 9180, 8081, 8082, 8083, 5442);
    }

    /**
     * Addresses for the system tests, so that they can run beside a running suite: 18080 and up, or
     * from the thousand given by {@code SYSTEM_TESTS_PORT_BASE} (e.g. {@code 38000}) so that two
     * checkouts can run their system tests at once.
     */
    public static Ports forSystemTests() {
        return forSystemTests(System.getenv("SYSTEM_TESTS_PORT_BASE"));
    }

    static Ports forSystemTests(String portBase) {
        int base = 18000;
        if (portBase != null && !portBase.isBlank()) {
            base = Integer.parseInt(portBase.strip());
            if (base % 1000 != 0 || base < 10000 || base > 60000) {
                throw new IllegalArgumentException("SYSTEM_TESTS_PORT_BASE must be a multiple of 1000 from 10000 to 60000, not " + portBase);
            }
        }
        return new Ports(base + 80, base + 180, base + 1180, base + 81, base + 82, base + 83, 0);
    }

    /** Addresses for the benchmark scripts, so that they can run beside a running suite and the system tests. */
    public static Ports forBenchmarks() {
        return new Ports(28080, 28180, 29180, 28081, 28082, 28083, 25442);
    }
}
