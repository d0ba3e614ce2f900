package se.malstyrning.systemtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.malstyrning.launcher.Service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a service of the running suite has logged: one JSON object per line, as in its image
 * ({@code QUARKUS_LOG_CONSOLE_JSON_ENABLED}, set by {@link RunningSuite}).
 */
final class ServiceLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceLog() {
    }

    /**
     * The JVM's own notes, written beside the log on stderr or by its unified logging: a newer JDK's
     * warning about {@code sun.misc.Unsafe} in a library, the class-data archive's warnings.
     */
    private static final Pattern JVM_NOTE = Pattern.compile("^(WARNING: .*|\\[[0-9.]+s]\\[[a-z]+]\\[.*)$");

    /** The log's lines as they are, JSON or not. */
    static List<String> lines(Service service) throws IOException {
        return Files.readAllLines(RunningSuite.suite().logDirectory().resolve(service.module() + ".log"), StandardCharsets.UTF_8);
    }

    /** What the service's logging wrote: its lines without the JVM's own notes. */
    static List<String> logged(Service service) throws IOException {
        return lines(service).stream().filter(line -> !JVM_NOTE.matcher(line).matches()).toList();
    }

    /** One line read as a JSON object; fails with the line when it is not one. */
    static JsonNode entry(String line) {
        try {
            JsonNode entry = JSON.readTree(line);
            if (entry == null || !entry.isObject()) {
                throw new AssertionError("Not a JSON object: " + line);
            }
            return entry;
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + line, e);
        }
    }
}
