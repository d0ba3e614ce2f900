package se.malstyrning.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a new version of an API's OpenAPI document with the one its clients know (openapi-diff).
 * A change that breaks them (an operation or a response field removed, a parameter made
 * required, a type changed…) is allowed only under a new major version in the path: paths of a version the
 * baseline has and the new document dropped are not compared, since a new version announces the
 * break.
 *
 * <p>A limit documented for the first time on what a client sends (a {@code maxLength},
 * {@code maxItems}, {@code minimum}, {@code maximum}, {@code pattern}, {@code format} or {@code enum}
 * where the baseline stated none) is not counted as a break but reported on its own: the service had
 * such a limit before (an id's length, a database column, the body limit) and now says so, as every
 * request field must (the contract lint). A limit the baseline stated and the new document narrows
 * still breaks.
 */
public final class BreakingChanges {

    private static final Pattern MAJOR_VERSION = Pattern.compile("^/[^/]+/(v\\d+)/");
    static final List<String> LIMITS = List.of("maxLength", "maxItems", "minimum", "maximum", "pattern", "format", "enum");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BreakingChanges() {
    }

    /** What changed between two versions of a document. */
    public record Verdict(Set<String> comparedVersions, Set<String> retiredVersions, int operations,
                          List<String> newOperations, List<String> changedCompatibly, List<String> breaking,
                          List<String> firstLimits) {

        public boolean compatible() {
            return breaking.isEmpty();
        }

        public String summary() {
            return "%d operations compared (versions %s), %d new, %d changed compatibly, %d breaking%s%s".formatted(
                    operations, comparedVersions, newOperations.size(), changedCompatibly.size(), breaking.size(),
                    firstLimits.isEmpty() ? "" : ", " + firstLimits.size() + " request limits documented for the first time",
                    retiredVersions.isEmpty() ? "" : ", versions " + retiredVersions + " replaced by a new one");
        }
    }

    public static Verdict compare(String baselineJson, String currentJson) {
        ObjectNode baseline = read(baselineJson);
        ObjectNode current = read(currentJson);
        Set<String> kept = versions(baseline);
        kept.retainAll(versions(current));
        Set<String> retired = versions(baseline);
        retired.removeAll(kept);
        keepOnly(baseline, kept);
        keepOnly(current, kept);
        List<String> firstLimits = new ArrayList<>();
        grantFirstLimits(baseline, current, firstLimits);

        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline.toString(), current.toString());
        List<String> breaking = new ArrayList<>();
        diff.getMissingEndpoints().forEach(endpoint -> breaking.add(name(endpoint) + " was removed"));
        List<String> compatible = new ArrayList<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String name = operation.getHttpMethod() + " " + operation.getPathUrl();
            List<String> removedFields = removedResponseFields(operation);
            if (operation.isIncompatible()) {
                breaking.add(name + " changed incompatibly" + details(operation));
            } else if (!removedFields.isEmpty()) {
                breaking.add(name + " no longer answers with " + String.join(", ", removedFields));
            } else {
                compatible.add(name);
            }
        }
        if (diff.isIncompatible() && breaking.isEmpty()) {
            breaking.add("the document changed incompatibly outside its operations (e.g. security or shared schemas)");
        }
        int operations = diff.getNewSpecOpenApi().getPaths() == null ? 0 : diff.getNewSpecOpenApi().getPaths().values().stream()
                .mapToInt(item -> item.readOperations().size()).sum();
        return new Verdict(kept, retired, operations,
                diff.getNewEndpoints().stream().map(BreakingChanges::name).toList(), compatible, breaking, firstLimits);
    }

    /**
     * Gives the baseline each request limit the current document states for the first time, so that the
     * comparison sees no change there; what it gave is listed. Request schemas are the parameters and
     * request bodies of the operations and the component schemas (shared with responses, where a limit
     * added is compatible anyway).
     */
    private static void grantFirstLimits(ObjectNode baseline, ObjectNode current, List<String> granted) {
        baseline.path("paths").properties().forEach(path -> {
            JsonNode now = current.path("paths").path(path.getKey());
            path.getValue().properties().forEach(item -> {
                if (item.getKey().equals("parameters")) {
                    grant(item.getValue(), now.path("parameters"), path.getKey() + " parameters", granted);
                } else {
                    grant(item.getValue().path("parameters"), now.path(item.getKey()).path("parameters"),
                            item.getKey().toUpperCase() + " " + path.getKey() + " parameters", granted);
                    grant(item.getValue().path("requestBody"), now.path(item.getKey()).path("requestBody"),
                            item.getKey().toUpperCase() + " " + path.getKey() + " request body", granted);
                }
            });
        });
        grant(baseline.path("components").path("schemas"), current.path("components").path("schemas"), "schemas", granted);
        grant(baseline.path("components").path("parameters"), current.path("components").path("parameters"), "parameters", granted);
    }

    private static void grant(JsonNode before, JsonNode after, String where, List<String> granted) {
        if (before instanceof ObjectNode old && after instanceof ObjectNode now) {
            for (String limit : LIMITS) {
                if (!old.has(limit) && now.has(limit) && (old.has("type") || old.has("$ref") || old.has("allOf") || old.has("items"))) {
                    old.set(limit, now.get(limit).deepCopy());
                    granted.add(where + " " + limit);
                }
            }
            old.properties().forEach(field -> {
                if (!LIMITS.contains(field.getKey())) {
                    grant(field.getValue(), now.get(field.getKey()), where + "." + field.getKey(), granted);
                }
            });
        } else if (before instanceof ArrayNode old && after instanceof ArrayNode now) {
            for (int i = 0; i < Math.min(old.size(), now.size()); i++) {
                JsonNode match = matching(old.get(i), now, i);
                grant(old.get(i), match, where + "[" + i + "]", granted);
            }
        }
    }

    /** The element of the new array that stands for the old one: a parameter by its name and place, else by index. */
    private static JsonNode matching(JsonNode old, ArrayNode now, int index) {
        if (old.has("name") && old.has("in")) {
            for (JsonNode candidate : now) {
                if (old.get("name").equals(candidate.get("name")) && old.get("in").equals(candidate.get("in"))) {
                    return candidate;
                }
            }
            return null;
        }
        return now.get(index);
    }

    /**
     * Fields a response had and no longer has. openapi-diff calls the removal of a field that was
     * not {@code required} compatible; a client that reads it breaks all the same.
     */
    private static List<String> removedResponseFields(ChangedOperation operation) {
        List<String> removed = new ArrayList<>();
        if (operation.getApiResponses() == null) {
            return removed;
        }
        operation.getApiResponses().getChanged().forEach((status, response) -> {
            if (response.getContent() != null) {
                response.getContent().getChanged().forEach((type, media) ->
                        collectRemoved(media.getSchema(), status + " ", removed, Collections.newSetFromMap(new IdentityHashMap<>())));
            }
        });
        return removed;
    }

    private static void collectRemoved(ChangedSchema schema, String prefix, List<String> removed, Set<ChangedSchema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        schema.getMissingProperties().keySet().forEach(field -> removed.add(prefix + field));
        schema.getChangedProperties().forEach((field, changed) -> collectRemoved(changed, prefix + field + ".", removed, seen));
        collectRemoved(schema.getItems(), prefix + "[].", removed, seen);
    }

    private static String details(ChangedOperation operation) {
        List<String> parts = new ArrayList<>();
        if (operation.getParameters() != null && operation.getParameters().isIncompatible()) {
            parts.add("parameters");
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().isIncompatible()) {
            parts.add("request body");
        }
        if (operation.getApiResponses() != null && operation.getApiResponses().isIncompatible()) {
            parts.add("responses");
        }
        if (operation.getSecurityRequirements() != null && operation.getSecurityRequirements().isIncompatible()) {
            parts.add("security");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String name(Endpoint endpoint) {
        return endpoint.getMethod() + " " + endpoint.getPathUrl();
    }

    private static Set<String> versions(ObjectNode document) {
        Set<String> versions = new TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            Matcher matcher = MAJOR_VERSION.matcher(path);
            if (matcher.find()) {
                versions.add(matcher.group(1));
            }
        });
        return versions;
    }

    private static void keepOnly(ObjectNode document, Set<String> versions) {
        if (document.path("paths") instanceof ObjectNode paths) {
            List<String> other = new ArrayList<>();
            paths.fieldNames().forEachRemaining(path -> {
                Matcher matcher = MAJOR_VERSION.matcher(path);
                if (matcher.find() && !versions.contains(matcher.group(1))) {
                    other.add(path);
                }
            });
            paths.remove(other);
        }
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("Not an OpenAPI document in JSON", e);
        }
    }
}
