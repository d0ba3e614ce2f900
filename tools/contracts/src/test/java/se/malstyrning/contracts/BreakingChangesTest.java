package se.malstyrning.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakingChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAcceptAnAddedOperationAndAnAddedField() {
        BreakingChanges.Verdict verdict = compareWith(document -> {
            ObjectNode paths = (ObjectNode) document.get("paths");
            paths.putObject("/things/v1/things/{id}/history").set("get", paths.get("/things/v1/things/{id}").get("get").deepCopy());
            thing(document).putObject("weight").put("type", "number");
        });

        assertTrue(verdict.compatible(), verdict::summary);
        assertEquals(List.of("GET /things/v1/things/{id}/history"), verdict.newOperations());
    }

    @Test
    void shouldRefuseARemovedOperation() {
        BreakingChanges.Verdict verdict = compareWith(document ->
                ((ObjectNode) document.get("paths").get("/things/v1/things/{id}")).remove("get"));

        assertFalse(verdict.compatible());
        assertEquals(List.of("GET /things/v1/things/{id} was removed"), verdict.breaking());
    }

    @Test
    void shouldRefuseARemovedResponseField() {
        BreakingChanges.Verdict verdict = compareWith(document -> thing(document).remove("colour"));

        assertFalse(verdict.compatible());
        assertTrue(verdict.breaking().contains("GET /things/v1/things/{id} no longer answers with 200 colour"), verdict::summary);
    }

    @Test
    void shouldAcceptABreakThatComesWithANewVersionInThePath() {
        BreakingChanges.Verdict verdict = compareWith(document -> {
            thing(document).remove("colour");
            movePathsTo(document, "v2");
        });

        assertTrue(verdict.compatible(), verdict::summary);
        assertEquals(java.util.Set.of("v1"), verdict.retiredVersions());
    }

    @Test
    void shouldStillGuardTheOldVersionWhileANewOneIsAdded() {
        BreakingChanges.Verdict verdict = compareWith(document -> {
            ObjectNode paths = (ObjectNode) document.get("paths");
            paths.set("/things/v2/things", paths.get("/things/v1/things").deepCopy());
            paths.remove("/things/v1/things");
        });

        assertFalse(verdict.compatible());
        assertTrue(verdict.breaking().contains("GET /things/v1/things was removed"), verdict::summary);
    }

    @Test
    void shouldReportARequestLimitDocumentedForTheFirstTimeRatherThanCallItABreak() {
        BreakingChanges.Verdict verdict = compareWith(document -> idParameter(document).put("maxLength", 36).put("format", "uuid"));

        assertTrue(verdict.compatible(), verdict::summary);
        assertEquals(List.of("GET /things/v1/things/{id} parameters[0].schema maxLength",
                "GET /things/v1/things/{id} parameters[0].schema format"), verdict.firstLimits());
    }

    @Test
    void shouldRefuseANarrowedRequestLimit() {
        ObjectNode baseline = fixture();
        idParameter(baseline).put("maxLength", 100);
        ObjectNode current = baseline.deepCopy();
        idParameter(current).put("maxLength", 10);

        BreakingChanges.Verdict verdict = BreakingChanges.compare(baseline.toString(), current.toString());

        assertFalse(verdict.compatible(), verdict::summary);
        assertEquals(List.of(), verdict.firstLimits());
    }

    @Test
    void shouldStillRefuseATypeChangedWhereALimitWasAdded() {
        BreakingChanges.Verdict verdict = compareWith(document -> idParameter(document).put("type", "integer").put("maximum", 10));

        assertFalse(verdict.compatible(), verdict::summary);
    }

    private static ObjectNode idParameter(ObjectNode document) {
        return (ObjectNode) document.get("paths").get("/things/v1/things/{id}").get("get").get("parameters").get(0).get("schema");
    }

    private static BreakingChanges.Verdict compareWith(Consumer<ObjectNode> change) {
        ObjectNode baseline = fixture();
        ObjectNode current = baseline.deepCopy();
        change.accept(current);
        return BreakingChanges.compare(baseline.toString(), current.toString());
    }

    private static ObjectNode thing(ObjectNode document) {
        return (ObjectNode) document.get("components").get("schemas").get("Thing").get("properties");
    }

    private static void movePathsTo(ObjectNode document, String version) {
        ObjectNode paths = (ObjectNode) document.get("paths");
        ObjectNode moved = JSON.createObjectNode();
        paths.properties().forEach(path -> moved.set(path.getKey().replace("/v1/", "/" + version + "/"), path.getValue()));
        document.set("paths", moved);
    }

    private static ObjectNode fixture() {
        try (InputStream in = BreakingChangesTest.class.getResourceAsStream("/fixtures/things-v1.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
