package se.malstyrning.runtime.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Open data that says more to a caller with a token (public records: without user names, without
 * unpublished material) is documented with the token as optional: the operation's security names
 * the realm's schemes and the empty requirement ({@code {}}), so that a generated client sends its
 * token when it has one. A resource method asks for this with {@link #EXTENSION} ({@code @Extension(name
 * = OptionalToken.EXTENSION, value = "true")} beside its {@code @PermitAll}); the marker is taken out of
 * the document. Run by {@link ProblemResponses} before it documents the problem responses.
 */
public final class OptionalToken {

    public static final String EXTENSION = "x-optional-token";

    private OptionalToken() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(OptionalToken::apply));
    }

    private static void apply(Operation operation) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(EXTENSION)) {
            return;
        }
        operation.removeExtension(EXTENSION);
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> requirements = new ArrayList<>();
        requirements.add(OASFactory.createSecurityRequirement().addScheme(ProblemResponses.REALM_SCHEME));
        requirements.add(OASFactory.createSecurityRequirement());
        operation.setSecurity(requirements);
    }
}
