package se.malstyrning.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The write rules of the API conventions, tried on every write operation of the service's own
 * OpenAPI document: a POST replayed with its {@code Idempotency-Key} answers as the first time and
 * does nothing twice, the same key with another request is a 422, and two at once with one key give
 * one answer and a 409 (or the same answer); an update or delete without a version is a 428, and of
 * two made against the same version exactly one wins, the other getting 412. A write operation that
 * the service's test does not give a call for fails, so a new write path cannot skip the rules.
 */
public abstract class WriteRulesContract {

    private static final String KEY = "Idempotency-Key";
    private static final Set<String> FREE_TEXT = Set.of("title", "name", "description", "text", "summary", "comment",
            "motivation", "note", "answer", "question", "measure", "wording");

    /** The first path segment: {@code goals}, {@code indicators} or {@code followup}. */
    protected abstract String api();

    /** A fresh valid call of each write operation, by operationId; called once for every rule tried. */
    protected abstract Map<String, Supplier<WriteCall>> writes();

    /**
     * Updates that take no version, by operationId, each with the reason no change can be lost; they
     * are named in the report. Anything else that changes without a version fails.
     */
    protected Map<String, String> unversioned() {
        return Map.of();
    }

    @TestFactory
    Stream<DynamicNode> everyWriteOperationShouldFollowTheWriteRules() {
        Http http = Http.ofTestedService();
        List<Operation> operations = Operation.all(http.openApi(api())).stream().filter(Operation::isWrite).toList();
        Map<String, Supplier<WriteCall>> writes = writes();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("every write operation of the document has a call, and every call an operation", () -> {
            Set<String> documented = new TreeSet<>(operations.stream().map(Operation::id).toList());
            Set<String> missing = new TreeSet<>(documented);
            missing.removeAll(writes.keySet());
            Set<String> stale = new TreeSet<>(writes.keySet());
            stale.removeAll(documented);
            assertTrue(missing.isEmpty(), "write operations without a call in the write rules test: " + missing);
            assertTrue(stale.isEmpty(), "calls for operations the document does not have: " + stale);
        }));
        for (Operation operation : operations) {
            Supplier<WriteCall> call = writes.get(operation.id());
            if (call == null) {
                continue;
            }
            if (unversioned().containsKey(operation.id())) {
                tests.add(dynamicTest(operation + " takes no version: " + unversioned().get(operation.id()),
                        () -> assertTrue(send(http, call.get(), null, null).successful(), "it succeeds without a version")));
                continue;
            }
            tests.add(dynamicContainer(operation.toString(), operation.isUpdate()
                    ? Stream.of(
                    dynamicTest("without a version is a 428", () -> shouldRequireAVersion(http, call.get())),
                    dynamicTest("of two against one version exactly one wins, the other is a 412",
                            () -> shouldLetOneOfTwoWin(http, call.get())))
                    : Stream.of(
                    dynamicTest("replayed with its key answers as the first time, once",
                            () -> shouldReplay(http, call.get())),
                    dynamicTest("the same key with another request is a 422", () -> shouldRefuseAnotherRequest(http, call.get())),
                    dynamicTest("two at once with one key give one answer and a 409 or the same answer",
                            () -> shouldDoOneOfTwoAtOnce(http, call.get())))));
        }
        tests.add(dynamicTest("report", () -> System.out.printf("[write rules] %s-service: %d write operations covered"
                + " (%d POST, %d updates), %d requests sent; taking no version by design: %s%n", api(), operations.size(),
                operations.stream().filter(operation -> !operation.isUpdate()).count(),
                operations.stream().filter(Operation::isUpdate).count(), http.sent(),
                unversioned().isEmpty() ? "none" : new TreeSet<>(unversioned().keySet()))));
        return tests.stream();
    }

    private static void shouldReplay(Http http, WriteCall call) {
        String key = UUID.randomUUID().toString();
        Http.Answer first = succeed(http, call, key);
        Http.Answer again = send(http, call, key, null);
        assertEquals(first.status(), again.status(), "replay status: " + again.body());
        assertEquals(bodyOf(first), bodyOf(again), "the replay answers with the first answer");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header(KEY + "-Replayed"), "a replay says so");
    }

    private static void shouldRefuseAnotherRequest(Http http, WriteCall call) {
        String key = UUID.randomUUID().toString();
        WriteCall changed = changed(call);
        if (changed == null) {
            // The operation admits one request only (no body, no id, no parameter): there is no other to send.
            return;
        }
        succeed(http, call, key);
        Http.Answer other = send(http, changed, key, null);
        assertProblem(other, 422);
        assertEquals(KEY, other.json().path("errors").path(0).path("field").asText(), other.body());
    }

    private static void shouldDoOneOfTwoAtOnce(Http http, WriteCall call) {
        String key = UUID.randomUUID().toString();
        List<Http.Answer> answers = atOnce(() -> send(http, call, key, null));
        Http.Answer first = answers.get(0);
        Http.Answer second = answers.get(1);
        if (!first.successful()) {
            Http.Answer swap = first;
            first = second;
            second = swap;
        }
        assertTrue(first.successful(), "one of the two succeeds: " + first.status() + " " + first.body());
        if (second.successful()) {
            assertEquals(bodyOf(first), bodyOf(second), "both succeeded, so the second must be the first's answer");
        } else {
            assertProblem(second, 409);
        }
    }

    private static void shouldRequireAVersion(Http http, WriteCall call) {
        assertProblem(send(http, call, null, null), 428);
    }

    private static void shouldLetOneOfTwoWin(Http http, WriteCall call) {
        String version = call.ifMatch() != null ? call.ifMatch() : currentVersion(http, call);
        List<Http.Answer> answers = atOnce(() -> send(http, call, null, version));
        long won = answers.stream().filter(Http.Answer::successful).count();
        assertEquals(1, won, "exactly one wins: " + answers.stream().map(answer -> answer.status() + " " + answer.body()).toList());
        Http.Answer lost = answers.stream().filter(answer -> !answer.successful()).findFirst().orElseThrow();
        // A delete that lost may also find the resource gone already.
        if (!(call.method().equals("DELETE") && lost.status() == 404)) {
            assertProblem(lost, 412);
        }
    }

    private static String currentVersion(Http http, WriteCall call) {
        Http.Answer current = http.send("GET", call.path(), null, null, "Authorization", call.bearer());
        assertEquals(200, current.status(), "GET " + call.path() + " for its ETag: " + current.body());
        String etag = current.header("ETag");
        assertTrue(etag != null, "GET " + call.path() + " answers with an ETag");
        return etag;
    }

    private static Http.Answer succeed(Http http, WriteCall call, String key) {
        Http.Answer answer = send(http, call, key, null);
        assertTrue(answer.successful(), call.method() + " " + call.path() + " should succeed: " + answer.status() + " " + answer.body());
        return answer;
    }

    private static Http.Answer send(Http http, WriteCall call, String key, String ifMatch) {
        return http.send(call.method(), call.path(), call.contentType(), call.bytes(),
                "Authorization", call.bearer(), KEY, key, "If-Match", ifMatch, "Accept", "application/json");
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        String type = answer.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/problem+json"), "a problem response, not " + type);
    }

    private static JsonNode bodyOf(Http.Answer answer) {
        return answer.body() == null || answer.body().isEmpty() ? TextNode.valueOf("") : answer.json();
    }

    /** The same call with one free-text field changed, or (with none) another address. */
    private static WriteCall changed(WriteCall call) {
        if (call.body() != null && "application/json".equals(call.contentType())) {
            try {
                JsonNode body = Http.JSON.readTree(call.body());
                if (changeFreeText(body) || changeAnId(body) || changeANumber(body)) {
                    return new WriteCall(call.method(), call.path(), call.contentType(), Http.JSON.writeValueAsString(body),
                            call.bearer(), call.ifMatch());
                }
            } catch (IOException e) {
                fail("the call's body is not JSON: " + call.body());
            }
        } else if (call.body() != null) {
            return new WriteCall(call.method(), call.path(), call.contentType(), call.body() + "\n", call.bearer(), call.ifMatch());
        }
        // Another resource of the same operation: the key is refused before the service looks the id up. (An
        // undeclared query parameter would be refused as such, a 400, before the key is looked at.)
        java.util.regex.Matcher id = UUID_PATTERN.matcher(call.path());
        if (id.find()) {
            String path = call.path().substring(0, id.start()) + UUID.randomUUID() + call.path().substring(id.end());
            return new WriteCall(call.method(), path, call.contentType(), call.body(), call.bearer(), call.ifMatch());
        }
        return null;
    }

    /** Counts one up where the body has a whole number (a year, a threshold), when it has no text or id to change. */
    private static boolean changeANumber(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isIntegralNumber()) {
                    object.put(field.getKey(), field.getValue().asLong() + 1);
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern UUID_PATTERN =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Puts another id where the body names one (a goal to adopt, a period to carry over from). */
    private static boolean changeAnId(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && UUID_PATTERN.matcher(field.getValue().asText()).matches()) {
                    object.put(field.getKey(), UUID.randomUUID().toString());
                    return true;
                }
                if (changeAnId(field.getValue())) {
                    return true;
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && UUID_PATTERN.matcher(array.get(i).asText()).matches()) {
                    array.set(i, UUID.randomUUID().toString());
                    return true;
                }
                if (changeAnId(array.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean changeFreeText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual() && FREE_TEXT.contains(field.getKey())) {
                    object.put(field.getKey(), field.getValue().asText() + " (ändrad)");
                    return true;
                }
                if (changeFreeText(field.getValue())) {
                    return true;
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                if (changeFreeText(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Http.Answer> atOnce(Supplier<Http.Answer> request) {
        CyclicBarrier start = new CyclicBarrier(2);
        Supplier<Http.Answer> afterBarrier = () -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return request.get();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Http.Answer> one = CompletableFuture.supplyAsync(afterBarrier, threads);
            CompletableFuture<Http.Answer> two = CompletableFuture.supplyAsync(afterBarrier, threads);
            return List.of(one.join(), two.join());
        } finally {
            threads.shutdown();
        }
    }
}
