package se.malstyrning.launcher.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an overlay of {@code deploy/kubernetes} on this machine with {@code podman kube play}, the
 * closest real runner of Kubernetes manifests here: the workloads are the manifests' Deployments,
 * with their images, environment, ConfigMaps, Secrets, volumes, security contexts and resource
 * limits. What podman (4.3) cannot honour is translated, and only that ({@link #NOT_HONOURED}).
 */
public final class KubePlay {

    /** What this runner changes or leaves out, because podman kube play cannot do it; printed and documented in the README. */
    public static final List<String> NOT_HONOURED = List.of(
            "Service: podman has no Services; a Service's name in a ConfigMap value becomes the address of its"
                    + " pod (<deployment>-pod-0), and the gateway's upstream lists name every replica's pod, which the"
                    + " gateway balances itself",
            "containerPort: podman 4.3 publishes every containerPort on the host; only the gateway's and Keycloak's"
                    + " ports are published (as host ports), probes name the port by number",
            "Secret: podman 4.3 stores a played Secret in a form its own secretKeyRef cannot read; each Secret is"
                    + " created with podman secret create instead",
            "NetworkPolicy, PodDisruptionBudget, HorizontalPodAutoscaler, Ingress, Namespace: not played (podman"
                    + " has no such objects); all pods share one bridge network",
            "Probes: podman runs them through systemd timers, which this machine lacks; readiness is waited for"
                    + " by the caller instead",
            "emptyDir: podman 4.3 makes a named volume of each emptyDir, shared by every pod that names one alike;"
                    + " the runner names them after their Deployment (<deployment>-<volume>), so only a Deployment's"
                    + " replicas share one",
            "lifecycle.preStop, topologySpreadConstraints, fsGroup, seccompProfile: ignored by podman 4.3");

    private static final List<String> PLAYED_KINDS = List.of("Deployment", "ConfigMap", "PersistentVolumeClaim");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern URL = Pattern.compile("(https?)://([a-z0-9-]+):(\\d+)(\\S*)");

    private final Path root;
    private final String overlay;
    private final String network;
    private final Map<String, Integer> hostPorts;
    private final Path work;

    /**
     * @param root      the checkout
     * @param overlay   the overlay's folder under deploy/kubernetes/overlays, e.g. {@code demo}
     * @param network   the podman network the pods share
     * @param hostPorts the Deployments whose first port is published on the host, and at which port
     * @param work      where the rendered and translated manifests are written
     */
    public KubePlay(Path root, String overlay, String network, Map<String, Integer> hostPorts, Path work) {
        this.root = root;
        this.overlay = overlay;
        this.network = network;
        this.hostPorts = Map.copyOf(hostPorts);
        this.work = work;
    }

    /** Renders the overlay, translates it and plays it; returns the names of the pods started. */
    public List<String> up() {
        String rendered = Commands.run(root, List.of("kubectl", "kustomize", "deploy/kubernetes/overlays/" + overlay));
        List<JsonNode> objects = parse(rendered);
        Translation translation = translate(objects);
        try {
            Files.createDirectories(work);
            Files.writeString(work.resolve("rendered.yaml"), rendered);
            Path played = work.resolve("played.yaml");
            Files.writeString(played, write(translation.played()));
            Files.write(work.resolve("volumes.txt"), translation.volumes());
            if (!Commands.succeeds(root, List.of("podman", "network", "exists", network))) {
                Commands.run(root, List.of("podman", "network", "create", network));
            }
            for (Map.Entry<String, String> secret : translation.secrets().entrySet()) {
                Path file = work.resolve("secret-" + secret.getKey() + ".json");
                Files.writeString(file, secret.getValue());
                Commands.succeeds(root, List.of("podman", "secret", "rm", secret.getKey()));
                Commands.run(root, List.of("podman", "secret", "create", secret.getKey(), file.toString()));
                Files.delete(file);
            }
            // What an earlier run left behind (another checkout, a killed test) would make the play
            // fail with "volume already exists": its pods and volumes go first, by the names of this one.
            removePodsAndVolumes(played);
            Commands.run(root, List.of("podman", "kube", "play", "--replace", "--network", network, played.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return translation.pods();
    }

    /** Stops and removes what {@link #up()} started: pods, their volumes and the secrets. */
    public void down() {
        Path played = work.resolve("played.yaml");
        if (!Files.isRegularFile(played)) {
            return;
        }
        removePodsAndVolumes(played);
        try {
            for (JsonNode object : parse(Files.readString(work.resolve("rendered.yaml")))) {
                if (object.path("kind").asText().equals("Secret")) {
                    Commands.succeeds(root, List.of("podman", "secret", "rm", object.path("metadata").path("name").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removePodsAndVolumes(Path played) {
        Commands.succeeds(root, List.of("podman", "kube", "down", played.toString()));
        try {
            Path volumes = work.resolve("volumes.txt");
            if (Files.isRegularFile(volumes)) {
                for (String volume : Files.readAllLines(volumes)) {
                    Commands.succeeds(root, List.of("podman", "volume", "rm", "-f", volume));
                }
            }
            for (JsonNode object : parse(Files.readString(work.resolve("rendered.yaml")))) {
                String name = object.path("metadata").path("name").asText();
                // podman makes a volume of each claim and of each ConfigMap mounted as one.
                if (Set.of("PersistentVolumeClaim", "ConfigMap").contains(object.path("kind").asText())) {
                    Commands.succeeds(root, List.of("podman", "volume", "rm", "-f", name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value of a Secret of the played overlay (named as in the manifests, before Kustomize's hash
     * suffix), for operator's steps that need it; podman exec does not pass secrets on.
     */
    public String secret(String name, String key) {
        try {
            for (JsonNode object : parse(Files.readString(work.resolve("rendered.yaml")))) {
                String objectName = object.path("metadata").path("name").asText();
                if (object.path("kind").asText().equals("Secret") && objectName.matches(Pattern.quote(name) + "(-[a-z0-9]{10})?")) {
                    JsonNode value = object.path("data").path(key);
                    return value.isMissingNode() ? object.path("stringData").path(key).asText()
                            : new String(Base64.getDecoder().decode(value.asText()), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No Secret " + name + " with " + key);
    }

    /** The pod of replica {@code index} of a Deployment, as podman names it. */
    public static String pod(String deployment, int index) {
        return deployment + "-pod-" + index;
    }

    record Translation(List<JsonNode> played, Map<String, String> secrets, List<String> pods, List<String> volumes) {
    }

    Translation translate(List<JsonNode> objects) {
        Map<String, List<String>> podsOfService = podsOfServices(objects);
        List<JsonNode> played = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        List<String> pods = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            if (kind.equals("Secret")) {
                secrets.put(object.path("metadata").path("name").asText(), secretData(object));
                continue;
            }
            if (!PLAYED_KINDS.contains(kind)) {
                continue;
            }
            ObjectNode copy = object.deepCopy();
            if (kind.equals("ConfigMap")) {
                rewriteAddresses(copy, podsOfService);
            } else if (kind.equals("Deployment")) {
                String name = copy.path("metadata").path("name").asText();
                for (JsonNode container : copy.path("spec").path("template").path("spec").path("containers")) {
                    publishOnly((ObjectNode) container, hostPorts.get(name));
                }
                volumes.addAll(ownEmptyDirs(name, (ObjectNode) copy.path("spec").path("template").path("spec")));
                for (int replica = 0; replica < copy.path("spec").path("replicas").asInt(1); replica++) {
                    pods.add(pod(name, replica));
                }
            }
            played.add(copy);
        }
        return new Translation(played, secrets, pods, volumes);
    }

    /** Each Service's name, and the pods of the Deployment whose pod labels its selector matches. */
    private static Map<String, List<String>> podsOfServices(List<JsonNode> objects) {
        Map<String, List<String>> pods = new LinkedHashMap<>();
        for (JsonNode service : objects) {
            if (!service.path("kind").asText().equals("Service")) {
                continue;
            }
            JsonNode selector = service.path("spec").path("selector");
            for (JsonNode deployment : objects) {
                if (!deployment.path("kind").asText().equals("Deployment")) {
                    continue;
                }
                JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
                boolean matches = !selector.isEmpty();
                for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> label = it.next();
                    matches &= label.getValue().equals(labels.path(label.getKey()));
                }
                if (matches) {
                    String name = deployment.path("metadata").path("name").asText();
                    List<String> replicas = new ArrayList<>();
                    for (int replica = 0; replica < deployment.path("spec").path("replicas").asInt(1); replica++) {
                        replicas.add(pod(name, replica));
                    }
                    pods.put(service.path("metadata").path("name").asText(), replicas);
                }
            }
        }
        return pods;
    }

    /**
     * A Service's name in a value becomes its first pod's address; in the gateway's upstream lists
     * ({@code gateway-*-upstreams}) a Service's URL becomes the URLs of all its pods; Keycloak's
     * public address becomes the host port it is published at.
     */
    private void rewriteAddresses(ObjectNode configMap, Map<String, List<String>> podsOfService) {
        if (!(configMap.get("data") instanceof ObjectNode data)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String value = entry.getValue().asText();
            if (key.equals("keycloak-public-url") && hostPorts.containsKey("keycloak")) {
                entry.setValue(JsonNodeFactory.instance.textNode("http://localhost:" + hostPorts.get("keycloak")));
                continue;
            }
            Matcher url = URL.matcher(value);
            if (key.startsWith("gateway-") && url.matches() && podsOfService.containsKey(url.group(2))) {
                List<String> urls = podsOfService.get(url.group(2)).stream()
                        .map(pod -> url.group(1) + "://" + pod + ":" + url.group(3) + url.group(4)).toList();
                entry.setValue(JsonNodeFactory.instance.textNode(String.join(",", urls)));
                continue;
            }
            for (Map.Entry<String, List<String>> service : podsOfService.entrySet()) {
                value = value.replace("//" + service.getKey() + ":", "//" + service.getValue().getFirst() + ":");
            }
            entry.setValue(JsonNodeFactory.instance.textNode(value));
        }
    }

    /** Names each emptyDir volume of a pod after its Deployment; returns the new names. */
    private static List<String> ownEmptyDirs(String deployment, ObjectNode pod) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.has("emptyDir")) {
                String name = deployment + "-" + volume.path("name").asText();
                renamed.put(volume.path("name").asText(), name);
                ((ObjectNode) volume).put("name", name);
            }
        }
        for (String containers : List.of("initContainers", "containers")) {
            for (JsonNode container : pod.path(containers)) {
                for (JsonNode mount : container.path("volumeMounts")) {
                    String name = mount.path("name").asText();
                    if (renamed.containsKey(name)) {
                        ((ObjectNode) mount).put("name", renamed.get(name));
                    }
                }
            }
        }
        return List.copyOf(renamed.values());
    }

    /** Keeps a container's first port only where it is to be published, and names probe ports by number. */
    private static void publishOnly(ObjectNode container, Integer hostPort) {
        Map<String, Integer> named = new LinkedHashMap<>();
        int first = -1;
        for (JsonNode port : container.path("ports")) {
            if (first < 0) {
                first = port.path("containerPort").asInt();
            }
            if (port.has("name")) {
                named.put(port.path("name").asText(), port.path("containerPort").asInt());
            }
        }
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            for (String action : List.of("httpGet", "tcpSocket")) {
                if (container.path(probe).path(action) instanceof ObjectNode handler && handler.path("port").isTextual()) {
                    handler.put("port", named.get(handler.path("port").asText()));
                }
            }
        }
        container.remove("ports");
        if (hostPort != null && first > 0) {
            ArrayNode ports = container.putArray("ports");
            ports.addObject().put("containerPort", first).put("hostPort", hostPort);
        }
    }

    /** A Secret's keys and base64 values as JSON, the form podman's secretKeyRef reads. */
    private static String secretData(JsonNode secret) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        secret.path("data").fields().forEachRemaining(entry -> data.put(entry.getKey(), entry.getValue().asText()));
        secret.path("stringData").fields().forEachRemaining(entry -> data.put(entry.getKey(),
                Base64.getEncoder().encodeToString(entry.getValue().asText().getBytes(StandardCharsets.UTF_8))));
        try {
            return JSON.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        try {
            List<JsonNode> objects = new ArrayList<>();
            var parser = YAML.getFactory().createParser(yaml);
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode object = it.next();
                if (object != null && !object.isNull() && !object.isEmpty()) {
                    objects.add(object);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("Not a YAML stream of Kubernetes objects", e);
        }
    }

    /** One JSON document (which is YAML) per object: no YAML quoting rule can turn "true" into a boolean. */
    private static String write(List<JsonNode> objects) throws IOException {
        StringBuilder out = new StringBuilder();
        for (JsonNode object : objects) {
            if (!out.isEmpty()) {
                out.append("---\n");
            }
            out.append(JSON.writeValueAsString(object)).append('\n');
        }
        return out.toString();
    }
}
