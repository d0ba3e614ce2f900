package se.malstyrning.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.jose4j.jwk.RsaJsonWebKey;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The realm as the gateway meets it, at the HTTP boundary: its discovery document and its keys
 * (JWKS) on a free port, with a key pair made for this test run. Tokens are signed here, shaped
 * like Keycloak's (issuer, audience {@code malstyrning-api}, {@code azp}, roles).
 */
public class RealmStub implements QuarkusTestResourceLifecycleManager {

    public static final String AUDIENCE = "malstyrning-api";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    static WireMockServer server;
    static String issuer;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        issuer = server.baseUrl() + "/realms/malstyrning";
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) KEYS.getPublic());
        jwk.setKeyId("realm-key");
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        server.stubFor(get(urlEqualTo("/realms/malstyrning/.well-known/openid-configuration"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer": "%1$s", "jwks_uri": "%1$s/protocol/openid-connect/certs",
                         "token_endpoint": "%1$s/protocol/openid-connect/token",
                         "authorization_endpoint": "%1$s/protocol/openid-connect/auth"}
                        """.formatted(issuer))));
        server.stubFor(get(urlEqualTo("/realms/malstyrning/protocol/openid-connect/certs"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"keys\": [" + jwk.toJson() + "]}")));
        return Map.of("quarkus.oidc.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The claims of a valid token of a user, issued to the {@code cli} client; change them to spoil it. */
    static JwtClaimsBuilder claims(String user) {
        return Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject("id-of-" + user)
                .claim("azp", "cli")
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", Set.of("strategist")))
                .expiresIn(300);
    }

    static String bearer(JwtClaimsBuilder claims) {
        return "Bearer " + sign(claims, KEYS.getPrivate());
    }

    static String bearer(String user) {
        return bearer(claims(user));
    }

    /** Signed with a key the realm never published, under the realm key's id. */
    static String bearerSignedByAnotherKey(String user) {
        return "Bearer " + sign(claims(user), OTHER_KEYS.getPrivate());
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().keyId("realm-key").sign(key);
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
