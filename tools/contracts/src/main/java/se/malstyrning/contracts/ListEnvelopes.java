package se.malstyrning.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every list an API answers is one envelope, the service runtime's {@code Page}: an object with
 * {@code items} (an array), {@code total}, {@code limit} and {@code offset} (integers), and nothing
 * else (docs/service-contracts.md, "Lists"). Checked over a committed OpenAPI document, so that every
 * operation, a future one too, is covered: the 200 of an operation must not be a bare array, nor an
 * object shaped as a list (a collection field such as {@code items}, {@code values}, {@code results} or
 * {@code data}) that is not that envelope.
 *
 * <p>Answering another envelope by design, and so left out: the Kolada-compatible API (Kolada's own
 * envelope) and the change feeds (a cursor, since an offset skips or repeats changes written between
 * two reads). The operations of v1 that answered a bare array before the rule (reads, and one write
 * answering the goals it created) are listed by name: a
 * page at the same address would break their clients, so they become pages in the API's next version.
 * An exemption that no longer matches anything fails too, so that the list only shrinks.
 */
public final class ListEnvelopes {

    /** Paths answering another envelope by design, with the reason. */
    static final Map<Pattern, String> OTHER_ENVELOPES = Map.of(
            Pattern.compile("^/indicators/kolada/v3/.*"), "Kolada's envelope: a Kolada client reads the suite by its base URL (docs/kolada.md)",
            Pattern.compile("^/[^/]+/v1/changes$"), "a change feed pages by cursor (nextSince, hasMore; docs/change-feeds.md)");

    /** Operations of v1 that answered a bare array before the rule; pages from the next version on. */
    static final Set<String> V1_BARE_ARRAYS = Set.of(
            "GET /goals/v1/goal-areas",
            "GET /goals/v1/goal-areas/{id}/history",
            "GET /goals/v1/goals/{id}/history",
            "GET /goals/v1/sdg/goals",
            "GET /goals/v1/steering-documents/{id}/history",
            "GET /goals/v1/visions",
            "GET /goals/v1/visions/{id}/history",
            "POST /goals/v1/carry-overs");

    /** Names of a field that makes an object a list. */
    static final Set<String> COLLECTION_FIELDS = Set.of("items", "values", "results", "data", "content", "elements", "entries",
            "records", "rows", "list", "hits");
    private static final Set<String> PAGE_FIELDS = Set.of("items", "total", "limit", "offset");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ListEnvelopes() {
    }

    /** What a document's lists answer: the pages, those left out by design, and what breaks the rule. */
    public record Result(List<String> pages, Map<String, String> exempt, List<String> violations) {

        public String summary() {
            return "%d lists answer the Page envelope, %d another by design, %d break the rule".formatted(
                    pages.size(), exempt.size(), violations.size());
        }
    }

    public static Result check(String document) {
        return check(document, V1_BARE_ARRAYS);
    }

    static Result check(String document, Set<String> bareArraysAllowed) {
        JsonNode root = read(document);
        JsonNode schemas = root.path("components").path("schemas");
        List<String> pages = new ArrayList<>();
        Map<String, String> exempt = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        Set<String> allowedSeen = new TreeSet<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode content = method.getValue().path("responses").path("200").path("content");
            content.properties().forEach(media -> {
                if (!media.getKey().contains("json")) {
                    return;
                }
                JsonNode schema = resolve(media.getValue().path("schema"), schemas);
                String shape = shape(schema, schemas);
                if (shape == null) {
                    return;
                }
                String reason = OTHER_ENVELOPES.entrySet().stream().filter(other -> other.getKey().matcher(path.getKey()).matches())
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (shape.equals("page")) {
                    pages.add(operation);
                } else if (reason != null) {
                    exempt.put(operation, reason);
                } else if (shape.equals("a bare array") && bareArraysAllowed.contains(operation)) {
                    allowedSeen.add(operation);
                    exempt.put(operation, "answered a bare array in v1 before the rule; a page in the next version");
                } else {
                    violations.add(operation + " answers " + shape + ", not the Page envelope (items, total, limit, offset)");
                }
            });
        }));
        return new Result(pages, exempt, violations);
    }

    /** Whether every exemption by name still names an operation answering a bare array. */
    public static List<String> staleExemptions(List<String> documents) {
        Set<String> stale = new TreeSet<>(V1_BARE_ARRAYS);
        documents.forEach(document -> stale.removeAll(check(document).exempt().keySet()));
        return List.copyOf(stale);
    }

    /** "page", "a bare array", a description of another list envelope, or null for a response that is no list. */
    private static String shape(JsonNode schema, JsonNode schemas) {
        if ("array".equals(schema.path("type").asText())) {
            return "a bare array";
        }
        JsonNode properties = schema.path("properties");
        List<String> collections = new ArrayList<>();
        properties.properties().forEach(field -> {
            if (COLLECTION_FIELDS.contains(field.getKey()) && "array".equals(resolve(field.getValue(), schemas).path("type").asText())) {
                collections.add(field.getKey());
            }
        });
        if (collections.isEmpty()) {
            return null;
        }
        Set<String> fields = new TreeSet<>();
        properties.fieldNames().forEachRemaining(fields::add);
        boolean page = fields.equals(PAGE_FIELDS)
                && "array".equals(resolve(properties.path("items"), schemas).path("type").asText())
                && List.of("total", "limit", "offset").stream()
                        .allMatch(field -> "integer".equals(resolve(properties.path(field), schemas).path("type").asText()));
        return page ? "page" : "an object with the fields " + fields;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 20; hops++) {
            String ref = resolved.get("$ref").asText();
            resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }
}
