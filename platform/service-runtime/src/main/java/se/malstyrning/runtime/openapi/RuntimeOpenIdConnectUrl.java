package se.malstyrning.runtime.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Optional;

/**
 * Points the document's OpenID Connect security scheme at the Keycloak this instance validates
 * tokens with ({@code quarkus.oidc.auth-server-url}, set at run time), not at the address the build
 * saw, so that Swagger UI logs in wherever the suite runs (the system tests' Keycloak is on another port).
 * Where browsers reach Keycloak at another address than the service does (inside a Kubernetes
 * cluster), {@code MALSTYRNING_KEYCLOAK_PUBLIC_URL} names the browsers' one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class RuntimeOpenIdConnectUrl implements OASFilter {

    /** Where browsers reach the realm, when that differs from where the service fetches its keys (Kubernetes). */
    static final String PUBLIC_URL = "malstyrning.keycloak.public-url";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        pointAt(openAPI, realm(ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class),
                ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)));
    }

    /** The realm at Keycloak's public address if one is set, else the realm the service trusts. */
    static Optional<String> realm(Optional<String> publicUrl, Optional<String> authServerUrl) {
        return publicUrl.filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", "") + "/realms/malstyrning")
                .or(() -> authServerUrl);
    }

    static void pointAt(OpenAPI openAPI, Optional<String> server) {
        if (server.isEmpty() || openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        String discovery = server.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        openAPI.getComponents().getSecuritySchemes().values().stream()
                .filter(scheme -> scheme.getType() == SecurityScheme.Type.OPENIDCONNECT)
                .forEach(scheme -> scheme.setOpenIdConnectUrl(discovery));
    }
}
