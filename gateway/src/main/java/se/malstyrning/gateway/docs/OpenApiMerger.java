package se.malstyrning.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges the OpenAPI documents of the services into one, for generating a single client. Paths
 * never collide (each service owns its prefix); a schema name two services use differently is
 * prefixed with the API's name in the document that brings the second one.
 */
final class OpenApiMerger {

    private final ObjectMapper mapper;

    OpenApiMerger(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode merge(Map<String, JsonNode> documentsByApi) {
        ObjectNode merged = mapper.createObjectNode();
        // The services write one OpenAPI version; the merged document keeps it.
        merged.put("openapi", documentsByApi.values().stream().map(document -> document.path("openapi").asText(""))
                .filter(version -> !version.isEmpty()).findFirst().orElse("3.0.3"));
        merged.putObject("info")
                .put("title", "Målstyrning API")
                .put("version", "1.0")
                .put("description", "The goals, indicators and follow-up APIs in one document.");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();

        documentsByApi.forEach((api, original) -> {
            JsonNode document = renameCollidingSchemas(api, original.deepCopy(), components.path("schemas"));
            document.path("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue()));
            document.path("components").properties().forEach(section -> {
                ObjectNode target = components.has(section.getKey())
                        ? (ObjectNode) components.get(section.getKey()) : components.putObject(section.getKey());
                section.getValue().properties().forEach(entry -> target.set(entry.getKey(), entry.getValue()));
            });
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        return merged;
    }

    private static JsonNode renameCollidingSchemas(String api, JsonNode document, JsonNode schemasSoFar) {
        JsonNode schemas = document.path("components").path("schemas");
        if (!(schemas instanceof ObjectNode ownSchemas)) {
            return document;
        }
        String prefix = Character.toUpperCase(api.charAt(0)) + api.substring(1);
        for (String name : names(ownSchemas)) {
            if (schemasSoFar.has(name) && !schemasSoFar.get(name).equals(ownSchemas.get(name))) {
                ownSchemas.set(prefix + name, ownSchemas.remove(name));
                rewriteReferences(document, "#/components/schemas/" + name, "#/components/schemas/" + prefix + name);
            }
        }
        return document;
    }

    private static void rewriteReferences(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            if (from.equals(object.path("$ref").asText(null))) {
                object.put("$ref", to);
            }
            object.forEach(child -> rewriteReferences(child, from, to));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteReferences(child, from, to));
        }
    }

    private static java.util.List<String> names(ObjectNode object) {
        java.util.List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
