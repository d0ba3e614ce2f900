package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares an answer with a response recorded in Kolada v3's shape (src/test/resources/kolada): every
 * path to a field with the JSON type found there (arrays collapsed), so that a renamed or missing field,
 * a number sent as a string or a null where Kolada has a value (and back) fails.
 */
final class KoladaShapes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KoladaShapes() {
    }

    static void assertShape(String recorded, String answer) {
        try (InputStream in = KoladaShapes.class.getResourceAsStream("/kolada/" + recorded)) {
            assertEquals(shape(JSON.readTree(in)), shape(JSON.readTree(answer)), "the answer's shape differs from " + recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> shape(JsonNode node) {
        return shape(node, "", new TreeSet<>());
    }

    private static Set<String> shape(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(field -> shape(field.getValue(), path + "." + field.getKey(), paths));
            paths.add(path + ": object");
        } else if (node.isArray()) {
            node.forEach(element -> shape(element, path + "[]", paths));
            paths.add(path + ": array");
        } else {
            paths.add(path + ": " + type(node));
        }
        return paths;
    }

    private static String type(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "string";
    }
}
