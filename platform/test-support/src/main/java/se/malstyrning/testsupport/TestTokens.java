package se.malstyrning.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Real RS256 tokens for the services' tests, shaped like the realm's: {@code realm_access.roles},
 * {@code org_units}, {@code preferred_username}, audience {@code malstyrning-api}. The service
 * verifies them with the public key of a key pair made for this test run, so no Keycloak is needed
 * and no key is committed.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://keycloak.test/realms/malstyrning";
    public static final String AUDIENCE = "malstyrning-api";

    private static final KeyPair KEYS = generate();

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }

    /** A bearer token for a demo-like user with the given realm roles and org unit codes. */
    public static String bearer(String user, Set<String> roles, Set<String> orgUnits) {
        return "Bearer " + Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", roles))
                .claim("org_units", orgUnits)
                .expiresIn(3600)
                .jws().keyId("test")
                .sign(KEYS.getPrivate());
    }

    /**
     * A client-credentials token of a service's client (subject {@code service-account-<client>}, {@code azp}
     * the client) with no realm role and the given client roles of one resource server's client.
     */
    public static String serviceClient(String clientId, String resourceServer, String... clientRoles) {
        return "Bearer " + Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("service-account-" + clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("azp", clientId)
                .claim("realm_access", Map.of("roles", Set.of()))
                .claim("resource_access", Map.of(resourceServer, Map.of("roles", Set.of(clientRoles))))
                .expiresIn(3600)
                .jws().keyId("test")
                .sign(KEYS.getPrivate());
    }

    public static String bearer(String user, String role) {
        return bearer(user, Set.of(role), Set.of());
    }

    public static String strategist() {
        return bearer("strateg", "strategist");
    }

    public static String admin() {
        return bearer("admin", "admin");
    }

    public static String reader() {
        return bearer("reader", "reader");
    }

    public static String boardEditor(String user, String... orgUnits) {
        return bearer(user, Set.of("board-editor"), Set.of(orgUnits));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
