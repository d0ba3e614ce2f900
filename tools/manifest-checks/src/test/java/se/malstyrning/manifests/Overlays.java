package se.malstyrning.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The overlays of deploy/kubernetes, rendered by kubectl kustomize as a cluster would get them. */
final class Overlays {

    static final Path ROOT = Path.of(System.getProperty("checkout.root", "../..")).toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** Every overlay's name (demo, production). */
    static Stream<String> names() {
        try (Stream<Path> overlays = Files.list(KUBERNETES.resolve("overlays"))) {
            return overlays.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of an overlay as kubectl kustomize renders them. */
    static List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> parse(kustomize(KUBERNETES.resolve("overlays").resolve(name))));
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
    }

    static String name(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }

    /** The containers (and init containers) of a workload's pod template. */
    static List<JsonNode> containers(JsonNode workload) {
        JsonNode pod = workload.path("spec").path("template").path("spec");
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    private static String kustomize(Path directory) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed to render the overlays (kubectl kustomize)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> parse(String yaml) {
        try {
            List<JsonNode> objects = new ArrayList<>();
            for (var it = YAML.readValues(YAML.getFactory().createParser(yaml), JsonNode.class); it.hasNext(); ) {
                JsonNode object = it.next();
                if (object != null && !object.isEmpty()) {
                    objects.add(object);
                }
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
