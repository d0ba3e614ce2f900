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
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class RuntimeOpenIdConnectUrl implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        pointAt(openAPI, ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class));
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
