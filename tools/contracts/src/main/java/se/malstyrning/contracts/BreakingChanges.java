package se.malstyrning.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 */
public final class BreakingChanges {

    private static final Pattern MAJOR_VERSION = Pattern.compile("^/[^/]+/(v\\d+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BreakingChanges() {
    }

    /** What changed between two versions of a document. */
    public record Verdict(Set<String> comparedVersions, Set<String> retiredVersions, int operations,
                          List<String> newOperations, List<String> changedCompatibly, List<String> breaking) {

        public boolean compatible() {
            return breaking.isEmpty();
        }

        public String summary() {
            return "%d operations compared (versions %s), %d new, %d changed compatibly, %d breaking%s".formatted(
                    operations, comparedVersions, newOperations.size(), changedCompatibly.size(), breaking.size(),
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
                diff.getNewEndpoints().stream().map(BreakingChanges::name).toList(), compatible, breaking);
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
