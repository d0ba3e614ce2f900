package se.malstyrning.runtime.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares a bearer scheme ({@code http}, {@code bearer}, JWT) beside the OpenID Connect one, and
 * lets every operation that needs a token take either: client generators (openapi-generator and the
 * like) turn no OpenID Connect scheme into a token setting, but every one of them turns a bearer
 * scheme into one, so a generated client sends {@code Authorization: Bearer …} without hand edits.
 * Swagger UI keeps logging in through the OpenID Connect scheme. Run by {@link ProblemResponses}, after
 * the security requirements are known.
 */
public class BearerScheme implements OASFilter {

    public static final String NAME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSecuritySchemes() == null || !components.getSecuritySchemes().containsKey(NAME)) {
            components.addSecurityScheme(NAME, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An access token of the realm malstyrning (Keycloak), sent as Authorization: Bearer <token>;"
                            + " a JWT checked as RFC8725 (JSON Web Token Best Current Practices) asks"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(BearerScheme::acceptBearer));
    }

    /** An operation that names a scheme accepts the bearer scheme as another way (a requirement of its own). */
    private static void acceptBearer(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()
                || requirements.stream().anyMatch(requirement -> requirement.hasScheme(NAME))) {
            return;
        }
        // Beside the other schemes, before the empty requirement of an optional token.
        List<SecurityRequirement> either = new ArrayList<>(requirements);
        int position = either.size();
        while (position > 0 && (either.get(position - 1).getSchemes() == null || either.get(position - 1).getSchemes().isEmpty())) {
            position--;
        }
        either.add(position, OASFactory.createSecurityRequirement().addScheme(NAME));
        operation.setSecurity(either);
    }
}
