package se.malstyrning.runtime.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.input.StrictJson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents the limits of request fields that the runtime enforces for every service, so that every
 * string, array and number a request carries states its limit (the contract lint checks it): an id
 * ({@code UUID}) is at most 36 characters and a date ({@code LocalDate}, read strictly as
 * {@code YYYY-MM-DD}) 10, both as parsed; a field that refers to one of them or to an enum repeats its
 * limit and format (the lint does not follow a reference beside a {@code type}); {@code If-Match} is at most
 * {@value Versions#MAX_IF_MATCH} characters ({@link Versions}); and text without a format, pattern or
 * enum documents that it may not hold the NUL character ({@link se.malstyrning.runtime.input.NulCharacters}).
 * Limits of each field's own (a title's length, a list's size) are Bean Validation constraints on the requests.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequestLimits implements OASFilter {

    public static final String NO_NUL = "^[^\\u0000]*$";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final int UUID_LENGTH = 36;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        limit(schemas.get("UUID"), UUID_LENGTH);
        limit(schemas.get("LocalDate"), StrictJson.DATE_LENGTH);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> visited = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                        request(media.getSchema(), schemas, visited);
                    }
                }
            }
            for (Parameter parameter : parameters) {
                if (Versions.IF_MATCH.equalsIgnoreCase(parameter.getName()) && parameter.getSchema() != null) {
                    limit(parameter.getSchema(), Versions.MAX_IF_MATCH);
                }
                request(parameter.getSchema(), schemas, visited);
            }
        }
    }

    /** Walks a request's schema and the schemas it refers to, each once. */
    private static void request(Schema schema, Map<String, Schema> schemas, Set<String> visited) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().replace(SCHEMAS, "");
            // A reference with a type beside it (written as allOf in OpenAPI 3.0) repeats the limits it refers to.
            repeatLimits(schema, schemas.get(name));
            if (visited.add(name)) {
                request(schemas.get(name), schemas, visited);
            }
            return;
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getAllOf().getFirst().getRef() != null) {
            repeatLimits(schema, schemas.get(schema.getAllOf().getFirst().getRef().replace(SCHEMAS, "")));
            request(schema.getAllOf().getFirst(), schemas, visited);
        }
        if (isString(schema) && "uuid".equals(schema.getFormat())) {
            limit(schema, UUID_LENGTH);
        }
        if (isString(schema) && "date".equals(schema.getFormat())) {
            limit(schema, StrictJson.DATE_LENGTH);
        }
        if (isString(schema) && schema.getFormat() == null && schema.getPattern() == null && schema.getEnumeration() == null
                && schema.getAllOf() == null) {
            schema.setPattern(NO_NUL);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> request(property, schemas, visited));
        }
        request(schema.getItems(), schemas, visited);
    }

    private static void repeatLimits(Schema schema, Schema referred) {
        if (referred == null || !isString(schema)) {
            return;
        }
        if (referred.getMaxLength() != null && schema.getMaxLength() == null) {
            schema.setMaxLength(referred.getMaxLength());
        }
        if (referred.getFormat() != null && schema.getFormat() == null) {
            schema.setFormat(referred.getFormat());
        }
        if (referred.getEnumeration() != null && schema.getEnumeration() == null) {
            schema.setEnumeration(new ArrayList<>(referred.getEnumeration()));
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static void limit(Schema schema, int maxLength) {
        if (schema != null && schema.getMaxLength() == null) {
            schema.setMaxLength(maxLength);
        }
    }
}
