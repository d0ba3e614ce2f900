package se.malstyrning.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Hostile input on every operation of the service's own OpenAPI document, sent with a token of a
 * role allowed to call it: garbage path ids and query values, malformed JSON, bodies that are not
 * objects, and, from a valid call of each write, every field in turn removed, of the wrong type and
 * oversized. Garbage stays within the request line the suite accepts (4 KiB; longer is a 414 problem). No answer may be a 5xx, every error must be {@code application/problem+json}, and no
 * body may carry a stack trace, a Java class name or SQL. Beyond that, what the JSON reader refuses
 * must be a 400: nesting 1,500 levels deep and a number of 1,500 digits anywhere in a body, and in
 * each field a value the contract does not type so (text for a number or a boolean, a number for
 * text, a fraction for an integer, a number beyond the range of a double) naming the field, and so
 * must a value just beyond the limit the document states for the field (every request array must
 * state its maxItems).
 */
public abstract class HostileInputContract {

    private static final String LONG = "x".repeat(100_000);
    private static final List<String> GARBAGE_IDS = List.of("not-a-uuid", "-1", "0", "99999999999999999999",
            "%27%20OR%201%3D1--", "%00", "..%2F..%2Fetc%2Fpasswd", "a".repeat(1_000), "%E2%98%83", "%7B%7D");
    private static final List<String> GARBAGE_VALUES = List.of("", "-1", "99999999999999999999", "1e309", "not-a-date",
            "2019-13-45", "' OR 1=1--", "<script>", "\u0000", "a".repeat(2_000), "true", "[]", "NaN");
    private static final List<String> MALFORMED = List.of("{", "{\"a\":", "[1,2", "nul", "{\"a\": tru}", "\"unterminated",
            "{}{}", "{\"a\": 1,}", "\u00ff\u00fe");
    private static final List<String> NOT_OBJECTS = List.of("[]", "null", "42", "\"text\"", "true", "[{}]");
    /** Far beyond the reader's limits (64 levels, 100 characters), as an outside probe sent them. */
    private static final int HOSTILE_DEPTH = 1_500;
    private static final String DEEP_ARRAY = "[".repeat(HOSTILE_DEPTH) + "]".repeat(HOSTILE_DEPTH);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(HOSTILE_DEPTH) + "1" + "}".repeat(HOSTILE_DEPTH);
    private static final String LONG_NUMBER = "9".repeat(HOSTILE_DEPTH);
    private static final Pattern LEAK = Pattern.compile(String.join("|",
            "\\b(java|javax|jakarta|sun|org\\.hibernate|org\\.postgresql|org\\.jboss|com\\.fasterxml|io\\.quarkus|io\\.vertx|io\\.smallrye|se\\.malstyrning)\\.[a-z]+\\.",
            "[A-Za-z]+(Exception|Error)\\b",
            "\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(",
            "(?i)\\bSQL ?State\\b", "(?i)syntax error at or near", "(?i)\\bviolates [a-z ]*constraint\\b",
            "(?i)\\b(select|insert into|update|delete from)\\b[^\"]{0,80}\\b(from|values|set|where)\\b"));

    /** The first path segment: {@code goals}, {@code indicators} or {@code followup}. */
    protected abstract String api();

    /** A token of a role allowed to call every operation. */
    protected abstract String bearer();

    /** Valid calls of the writes, by operationId, whose bodies are taken apart field by field. */
    protected abstract Map<String, Supplier<WriteCall>> validCalls();

    @TestFactory
    Stream<DynamicNode> everyOperationShouldRefuseHostileInputWithAProblem() {
        Http http = Http.ofTestedService();
        JsonNode document = http.openApi(api());
        List<Operation> operations = Operation.all(document);
        Map<String, Supplier<WriteCall>> valid = validCalls();
        List<DynamicNode> tests = new ArrayList<>();
        for (Operation operation : operations) {
            tests.add(dynamicContainer(operation.toString(), Stream.of(
                    dynamicTest("garbage path ids", () -> garbagePathIds(http, operation)),
                    dynamicTest("garbage query values", () -> garbageQueryValues(http, document, operation)),
                    dynamicTest("malformed and non-object bodies", () -> malformedBodies(http, operation)),
                    dynamicTest("each field removed, of the wrong type, oversized", () -> fieldByField(http, document, operation, valid)))));
        }
        tests.add(dynamicTest("report", () -> System.out.printf("[hostile input] %s-service: %d operations covered,"
                + " %d requests sent%n", api(), operations.size(), http.sent())));
        return tests.stream();
    }

    private void garbagePathIds(Http http, Operation operation) {
        if (!operation.path().contains("{")) {
            return;
        }
        for (String garbage : GARBAGE_IDS) {
            String path = operation.path().replaceAll("\\{[^}]+}", Matcher.quoteReplacement(garbage));
            check(http, operation, path, hasBody(operation) ? "application/json" : null, hasBody(operation) ? "{}" : null);
        }
    }

    private void garbageQueryValues(Http http, JsonNode document, Operation operation) {
        String path = withRandomIds(operation.path());
        for (JsonNode parameter : parameters(document, operation)) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            for (String garbage : GARBAGE_VALUES) {
                String query = parameter.path("name").asText() + "=" + URLEncoder.encode(garbage, StandardCharsets.UTF_8);
                check(http, operation, path + "?" + query, null, null);
            }
        }
    }

    private void malformedBodies(Http http, Operation operation) {
        if (!hasJsonBody(operation)) {
            return;
        }
        String path = withRandomIds(operation.path());
        for (String body : MALFORMED) {
            check(http, operation, path, "application/json", body);
        }
        for (String body : NOT_OBJECTS) {
            check(http, operation, path, "application/json", body);
        }
        check(http, operation, path, "text/plain", "{}");
        for (String body : List.of(DEEP_ARRAY, DEEP_OBJECT, LONG_NUMBER, "{\"a\": " + DEEP_ARRAY + "}")) {
            checkRefused(http, operation, path, body, bearer(), null);
        }
    }

    private void fieldByField(Http http, JsonNode document, Operation operation, Map<String, Supplier<WriteCall>> valid) {
        Supplier<WriteCall> supplier = valid.get(operation.id());
        if (supplier == null || !hasJsonBody(operation)) {
            return;
        }
        WriteCall call = supplier.get();
        if (call.body() == null || !"application/json".equals(call.contentType())) {
            return;
        }
        JsonNode body = read(call.body());
        if (!body.isObject()) {
            return;
        }
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        JsonNode properties = requestProperties(document, operation);
        for (String field : fields) {
            for (JsonNode changed : variants(body.get(field))) {
                ObjectNode hostile = body.deepCopy();
                if (changed == null) {
                    hostile.remove(field);
                } else {
                    hostile.set(field, changed);
                }
                check(http, operation, call.path(), "application/json", hostile.toString(), call.bearer());
            }
            String type = typeOf(document, properties.path(field));
            for (String refused : mistyped(type)) {
                String hostile = replaced(body, field, refused);
                checkRefused(http, operation, call.path(), hostile, call.bearer(), field);
            }
            checkRefused(http, operation, call.path(), replaced(body, field, DEEP_ARRAY), call.bearer(), null);
            checkRefused(http, operation, call.path(), replaced(body, field, LONG_NUMBER), call.bearer(), null);
            beyondItsLimit(body.get(field), type, resolve(document, properties.path(field)))
                    .ifPresent(beyond -> checkRefused(http, operation, call.path(), replaced(body, field, beyond), call.bearer(), field));
        }
    }

    /**
     * A value just beyond the limit the document states for the field (one item more than maxItems,
     * one character more than maxLength); every array a request carries must state its maxItems.
     */
    private static java.util.Optional<String> beyondItsLimit(JsonNode value, String type, JsonNode schema) {
        if ("array".equals(type)) {
            assertTrue(schema.has("maxItems"), "a request array documents no maxItems: " + schema);
            if (value.isArray() && !value.isEmpty()) {
                ArrayNode many = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                    many.add(value.get(0));
                }
                return java.util.Optional.of(many.toString());
            }
        } else if ("string".equals(type) && schema.has("maxLength") && !schema.has("enum") && value.isTextual()
                && schema.get("maxLength").asInt() < 1_000_000) {
            String text = value.asText().isEmpty() ? "x" : value.asText();
            return java.util.Optional.of(JsonNodeFactory.instance.textNode(
                    text.repeat(schema.get("maxLength").asInt() / text.length() + 1)).toString());
        }
        return java.util.Optional.empty();
    }

    /** Values of the field's contract type's neighbours, which a lenient reader would coerce (as JSON text). */
    private static List<String> mistyped(String type) {
        return switch (type) {
            case "integer" -> List.of("2019.9", "\"2019\"", "true");
            case "number" -> List.of("1e309", "-1e309", "\"75.0\"", "\"NaN\"", "true");
            case "boolean" -> List.of("\"true\"", "1");
            case "string" -> List.of("12345", "12.5", "true");
            default -> List.of();
        };
    }

    /** The body as JSON text with one field's value replaced by the given JSON text. */
    private static String replaced(JsonNode body, String field, String valueJson) {
        ObjectNode copy = body.deepCopy();
        String marker = "\"__hostile_" + UUID.randomUUID() + "\"";
        copy.put(field, marker.substring(1, marker.length() - 1));
        return copy.toString().replace(marker, valueJson);
    }

    /** The properties of the operation's JSON request body, as the document types them. */
    private static JsonNode requestProperties(JsonNode document, Operation operation) {
        JsonNode schema = resolve(document, operation.spec().path("requestBody").path("content").path("application/json").path("schema"));
        return schema.path("properties");
    }

    /** A property's type: its own, or that of the schema it refers to (directly or through allOf). */
    private static String typeOf(JsonNode document, JsonNode property) {
        JsonNode resolved = resolve(document, property);
        if (resolved.has("enum")) {
            return "enum";
        }
        if (resolved.path("allOf").isArray() && !resolved.path("allOf").isEmpty()) {
            String referred = typeOf(document, resolved.path("allOf").get(0));
            if (!referred.isEmpty()) {
                return referred;
            }
        }
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        return type.asText("");
    }

    /** What the JSON reader refuses must be a 400 problem, naming the field when one is given. */
    private static void checkRefused(Http http, Operation operation, String path, String body, String bearer, String field) {
        Http.Answer answer = check(http, operation, path, "application/json", body, bearer);
        String what = operation.method() + " " + abbreviate(path) + " with " + abbreviate(body);
        assertEquals(400, answer.status(), what + " answered " + answer.status() + ": " + abbreviate(answer.body()));
        if (field != null) {
            List<String> named = new ArrayList<>();
            answer.json().path("errors").forEach(error -> named.add(error.path("field").asText()));
            assertTrue(named.stream().anyMatch(name -> name.equals(field) || name.startsWith(field + "[")
                    || name.startsWith(field + ".")), what + " did not name " + field + ": " + abbreviate(answer.body()));
        }
    }

    /** null for removal, then values of the wrong type, then an oversized one. */
    private static List<JsonNode> variants(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> variants = new ArrayList<>();
        variants.add(null);
        variants.add(nodes.nullNode());
        variants.add(value.isTextual() ? nodes.numberNode(12345) : nodes.textNode("wrong type"));
        variants.add(value.isObject() ? nodes.arrayNode() : nodes.objectNode().put("a", 1));
        if (value.isTextual()) {
            variants.add(nodes.textNode(LONG));
        } else if (value.isArray()) {
            ArrayNode many = nodes.arrayNode();
            JsonNode element = value.isEmpty() ? nodes.textNode("x".repeat(100)) : value.get(0);
            for (int i = 0; i < 5_000; i++) {
                many.add(element);
            }
            variants.add(many);
            variants.add(nodes.arrayNode().add(nodes.objectNode().put("a", 1)).add(nodes.numberNode(1)));
        } else if (value.isNumber()) {
            variants.add(nodes.numberNode(new java.math.BigDecimal("1e400")));
            variants.add(nodes.numberNode(-2147483649L));
        }
        return variants;
    }

    private void check(Http http, Operation operation, String path, String contentType, String body) {
        check(http, operation, path, contentType, body, bearer());
    }

    private static Http.Answer check(Http http, Operation operation, String path, String contentType, String body, String bearer) {
        Http.Answer answer = http.send(operation.method(), path, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "Authorization", bearer, "Accept", "application/json");
        String what = operation.method() + " " + abbreviate(path) + (body == null ? "" : " with " + abbreviate(body));
        assertTrue(answer.status() < 500, what + " answered " + answer.status() + ": " + abbreviate(answer.body()));
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            assertTrue(type != null && type.startsWith("application/problem+json"),
                    what + " answered " + answer.status() + " as " + type + ", not a problem");
        }
        Matcher leak = LEAK.matcher(answer.body() == null ? "" : answer.body());
        if (leak.find()) {
            fail(what + " leaked '" + leak.group() + "': " + abbreviate(answer.body()));
        }
        return answer;
    }

    private static List<JsonNode> parameters(JsonNode document, Operation operation) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode parameter : document.path("paths").path(operation.path()).path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            byName.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
        }
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            byName.put(resolved.path("in").asText() + ":" + resolved.path("name").asText(), resolved);
        }
        return List.copyOf(byName.values());
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            JsonNode target = document;
            for (String segment : ref.substring(2).split("/")) {
                target = target.path(segment);
            }
            return target;
        }
        return node;
    }

    private static boolean hasBody(Operation operation) {
        return operation.spec().has("requestBody");
    }

    private static boolean hasJsonBody(Operation operation) {
        return operation.spec().path("requestBody").path("content").has("application/json");
    }

    private static String withRandomIds(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static JsonNode read(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
