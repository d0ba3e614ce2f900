package se.malstyrning.launcher;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo realm as the local Keycloak imports it: Swagger UI's client may also come back to a gateway
 * on any thousand the system tests may run on (SYSTEM_TESTS_PORT_BASE, 10080 to 60080), beside the 8080
 * and 18080 the realm names. The same text for every checkout, since the Keycloak distribution (and so
 * its import directory) is shared. The realm in deploy/ stays as it is.
 */
final class RealmImport {

    private static final String DEFAULT_REDIRECT = "\"http://localhost:18080/*\"";
    private static final String DEFAULT_ORIGIN = "\"http://localhost:18080\"";

    private RealmImport() {
    }

    static String withSystemTestGateways(String realm) {
        if (!realm.contains(DEFAULT_REDIRECT) || !realm.contains(DEFAULT_ORIGIN)) {
            throw new IllegalStateException("the realm's swagger-ui client no longer names " + DEFAULT_REDIRECT);
        }
        return realm.replace(DEFAULT_REDIRECT, gateways("/*")).replace(DEFAULT_ORIGIN, gateways(""));
    }

    private static String gateways(String suffix) {
        return IntStream.rangeClosed(10, 60).mapToObj(thousand -> "\"http://localhost:" + (thousand * 1000 + 80) + suffix + "\"")
                .collect(Collectors.joining(", "));
    }
}
