package se.malstyrning.runtime.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views are records whose optional fields are written as {@code null} (an indicator may have
 * no description): the document says so (written as {@code nullable} in the OpenAPI 3.0 documents),
 * so that a client generated from it accepts them. A field the schema lists as required is left as
 * it is, and so is a reference ({@code $ref}: an enum, a UUID, a date, another view): OpenAPI 3.0
 * ignores a sibling of {@code $ref}, and neither of the contract tools takes a nullable reference
 * (the response validator refuses {@code null} for {@code allOf: [$ref], nullable: true}, openapi-diff
 * calls any such wrapping a changed type), so a view leaves such a field out when it has no value
 * ({@link OmittedWhenNull} on the record component).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionalFieldsNullable implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(OptionalFieldsNullable::markOptionalFields);
    }

    private static void markOptionalFields(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> marked = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            if (required.contains(name) || property.getRef() != null) {
                marked.put(name, property);
            } else {
                markOptionalFields(property);
                marked.put(name, property.getType() == null || property.getType().contains(Schema.SchemaType.NULL)
                        ? property : property.addType(Schema.SchemaType.NULL));
            }
        });
        schema.setProperties(marked);
    }
}
