package se.malstyrning.contracts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListEnvelopesTest {

    private static String document(String path, String schema) {
        return """
                {"openapi": "3.0.3", "paths": {"%s": {"get": {"responses": {"200": {"content": {"application/json":
                  {"schema": %s}}}}}}},
                 "components": {"schemas": {
                   "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}}},
                   "PageThing": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                     "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}},
                   "Things": {"type": "object", "properties": {"values": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                     "count": {"type": "integer"}}}}}}
                """.formatted(path, schema);
    }

    @Test
    void shouldAcceptAPageAndAResourceWithArrays() {
        ListEnvelopes.Result page = ListEnvelopes.check(document("/things/v1/things", "{\"$ref\": \"#/components/schemas/PageThing\"}"));
        ListEnvelopes.Result resource = ListEnvelopes.check(document("/things/v1/things/{id}", "{\"$ref\": \"#/components/schemas/Thing\"}"));

        assertEquals(List.of("GET /things/v1/things"), page.pages());
        assertEquals(List.of(), page.violations());
        assertEquals(List.of(), resource.violations());
    }

    @Test
    void shouldRefuseABareArray() {
        ListEnvelopes.Result result = ListEnvelopes.check(document("/things/v1/things",
                "{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/Thing\"}}"));

        assertEquals(1, result.violations().size());
        assertTrue(result.violations().getFirst().startsWith("GET /things/v1/things answers a bare array"), result.violations()::toString);
    }

    @Test
    void shouldRefuseAnotherListEnvelope() {
        ListEnvelopes.Result result = ListEnvelopes.check(document("/things/v1/things", "{\"$ref\": \"#/components/schemas/Things\"}"));

        assertEquals(List.of("GET /things/v1/things answers an object with the fields [count, values], not the Page envelope"
                + " (items, total, limit, offset)"), result.violations());
    }

    @Test
    void shouldLeaveOutTheKoladaEnvelopeTheChangeFeedAndTheNamedV1Arrays() {
        String things = "{\"$ref\": \"#/components/schemas/Things\"}";
        String array = "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}";

        assertEquals(List.of(), ListEnvelopes.check(document("/indicators/kolada/v3/kpi", things)).violations());
        assertEquals(List.of(), ListEnvelopes.check(document("/things/v1/changes", things)).violations());
        assertEquals(List.of(), ListEnvelopes.check(document("/things/v1/tags", array), Set.of("GET /things/v1/tags")).violations());
        assertEquals(1, ListEnvelopes.check(document("/things/v1/tags", array), Set.of()).violations().size());
    }
}
