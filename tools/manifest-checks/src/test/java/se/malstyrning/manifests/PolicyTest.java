package se.malstyrning.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's rules for what it deploys, checked on what every overlay renders. */
class PolicyTest {

    private static final Set<String> SUITE = Set.of("goals-service", "indicators-service", "followup-service", "gateway");
    /** Names of settings that hold a credential; such a value belongs in a Secret, never in a ConfigMap. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|credential|private[-_.]?key|api[-_.]?key).*");
    /** A credential written into an address (user:password@host, or a password parameter). */
    private static final Pattern SECRET_VALUE = Pattern.compile("(?i)(://[^/\\s:@]+:[^/\\s@]+@|[?&;](password|secret|token)=)");

    static Stream<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldPinEveryImageToATagOtherThanLatest(String overlay) {
        List<String> findings = new ArrayList<>();
        for (JsonNode workload : Overlays.ofKind(overlay, "Deployment")) {
            for (JsonNode container : Overlays.containers(workload)) {
                String image = container.path("image").asText();
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                if (!image.contains("@sha256:") && (!lastPart.contains(":") || lastPart.endsWith(":latest"))) {
                    findings.add(Overlays.name(workload) + " " + container.path("name").asText() + ": " + image);
                }
            }
        }
        assertEquals(List.of(), findings, "images without a pinned tag in " + overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGiveEveryContainerLimitsAndProbes(String overlay) {
        List<String> findings = new ArrayList<>();
        for (JsonNode workload : Overlays.ofKind(overlay, "Deployment")) {
            for (JsonNode container : Overlays.containers(workload)) {
                String where = Overlays.name(workload) + " " + container.path("name").asText();
                JsonNode resources = container.path("resources");
                for (String required : List.of("limits.cpu", "limits.memory", "requests.cpu", "requests.memory")) {
                    String[] parts = required.split("\\.");
                    if (resources.path(parts[0]).path(parts[1]).asText().isBlank()) {
                        findings.add(where + ": no " + required);
                    }
                }
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (container.path(probe).isMissingNode()) {
                        findings.add(where + ": no " + probe);
                    }
                }
            }
        }
        assertEquals(List.of(), findings, "containers without limits or probes in " + overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRunEveryContainerAsNonRootOnAReadOnlyRootWithoutCapabilities(String overlay) {
        List<String> findings = new ArrayList<>();
        for (JsonNode workload : Overlays.ofKind(overlay, "Deployment")) {
            JsonNode pod = workload.path("spec").path("template").path("spec");
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                findings.add(Overlays.name(workload) + ": mounts a service account token it does not need");
            }
            for (JsonNode container : Overlays.containers(workload)) {
                String where = Overlays.name(workload) + " " + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                if (!security.path("runAsNonRoot").asBoolean(false) && !pod.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                    findings.add(where + ": may run as root");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    findings.add(where + ": writable root filesystem");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    findings.add(where + ": allows privilege escalation");
                }
                if (!security.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                    findings.add(where + ": does not drop all capabilities");
                }
            }
        }
        assertEquals(List.of(), findings, "containers that are not locked down in " + overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepSecretValuesOutOfConfigMaps(String overlay) {
        List<String> findings = new ArrayList<>();
        for (JsonNode configMap : Overlays.ofKind(overlay, "ConfigMap")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = configMap.path("data").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (SECRET_NAME.matcher(entry.getKey()).matches() || SECRET_VALUE.matcher(entry.getValue().asText()).find()) {
                    findings.add(Overlays.name(configMap) + ": " + entry.getKey());
                }
            }
        }
        assertEquals(List.of(), findings, "ConfigMaps holding what looks like a credential in " + overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGiveEverySuiteWorkloadADisruptionBudgetAnAutoscalerAndANetworkPolicy(String overlay) {
        List<String> findings = new ArrayList<>();
        for (JsonNode workload : Overlays.ofKind(overlay, "Deployment")) {
            String name = workload.path("metadata").path("name").asText();
            JsonNode labels = workload.path("spec").path("template").path("metadata").path("labels");
            if (!selectsAny(overlay, "PodDisruptionBudget", labels)) {
                findings.add(name + ": no PodDisruptionBudget");
            }
            if (!selectsAny(overlay, "NetworkPolicy", labels)) {
                findings.add(name + ": no NetworkPolicy of its own");
            }
            if (SUITE.contains(name) && Overlays.ofKind(overlay, "HorizontalPodAutoscaler").stream()
                    .noneMatch(hpa -> hpa.path("spec").path("scaleTargetRef").path("name").asText().equals(name))) {
                findings.add(name + ": no HorizontalPodAutoscaler");
            }
        }
        assertTrue(Overlays.ofKind(overlay, "NetworkPolicy").stream().anyMatch(policy ->
                policy.path("spec").path("podSelector").isEmpty() && policy.path("spec").path("ingress").isMissingNode()),
                "a policy that denies all ingress not let in by another");
        assertEquals(List.of(), findings, overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLetOnlyTheGatewayAndTheCallingServicesReachAService(String overlay) {
        Map<String, Set<String>> allowedCallers = Map.of(
                "goals-service", Set.of("gateway", "indicators-service", "followup-service"),
                "indicators-service", Set.of("gateway", "followup-service"),
                "followup-service", Set.of("gateway"));
        for (Map.Entry<String, Set<String>> service : allowedCallers.entrySet()) {
            List<JsonNode> policies = Overlays.ofKind(overlay, "NetworkPolicy").stream()
                    .filter(policy -> service.getKey().equals(policy.path("spec").path("podSelector").path("matchLabels")
                            .path("app.kubernetes.io/name").asText()))
                    .toList();
            assertEquals(1, policies.size(), "one NetworkPolicy for " + service.getKey());
            List<String> callers = new ArrayList<>();
            for (JsonNode rule : policies.getFirst().path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("podSelector")) {
                        callers.add(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
                    } else if (!peer.has("namespaceSelector")) {
                        callers.add("anyone");
                    }
                }
                if (rule.path("from").isMissingNode()) {
                    callers.add("anyone");
                }
            }
            assertEquals(service.getValue(), Set.copyOf(callers), "who may reach " + service.getKey() + " in " + overlay);
        }
    }

    @Test
    void shouldTagTheSuitesImagesWithTheBuildsVersion() {
        String version = System.getProperty("project.version");
        for (String overlay : Overlays.names().toList()) {
            for (JsonNode workload : Overlays.ofKind(overlay, "Deployment")) {
                if (SUITE.contains(workload.path("metadata").path("name").asText())) {
                    String image = Overlays.containers(workload).getFirst().path("image").asText();
                    assertTrue(image.endsWith(":" + version), image + " in " + overlay + " is not the build's version " + version);
                }
            }
        }
    }

    @Test
    void shouldKeepDemoPartsOutOfProduction() {
        assertEquals(List.of(), Overlays.ofKind("production", "Secret"), "production renders no Secret: credentials are created in the cluster");
        for (JsonNode workload : Overlays.ofKind("production", "Deployment")) {
            assertTrue(SUITE.contains(workload.path("metadata").path("name").asText()),
                    Overlays.name(workload) + " is not part of the suite itself (PostgreSQL and Keycloak are the municipality's own)");
        }
        for (JsonNode configMap : Overlays.ofKind("production", "ConfigMap")) {
            assertEquals("false", configMap.path("data").path("demo-data").asText(), "demo data in production");
            assertFalse(configMap.path("data").toString().contains("localhost"), "a localhost address in production's settings");
        }
        for (JsonNode ingress : Overlays.ofKind("production", "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    assertEquals("gateway", path.path("backend").path("service").path("name").asText(), "only the gateway is exposed");
                }
            }
        }
        assertFalse(Overlays.ofKind("production", "Ingress").isEmpty(), "production exposes the gateway through an Ingress");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepTheGatewaysMetricsOffItsPublicPort(String overlay) {
        JsonNode gateway = Overlays.ofKind(overlay, "Deployment").stream()
                .filter(workload -> "gateway".equals(workload.path("metadata").path("name").asText())).findFirst().orElseThrow();
        JsonNode container = Overlays.containers(gateway).getFirst();
        assertTrue(container.path("ports").toString().contains("\"management\""), "the gateway names its management port");
        for (JsonNode service : Overlays.ofKind(overlay, "Service")) {
            if ("gateway".equals(service.path("metadata").path("name").asText())) {
                assertFalse(service.path("spec").path("ports").toString().contains("management"), "the gateway's Service exposes metrics");
            }
        }
        JsonNode policy = Overlays.ofKind(overlay, "NetworkPolicy").stream()
                .filter(candidate -> "gateway".equals(candidate.path("spec").path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/name").asText())).findFirst().orElseThrow();
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            if (rule.path("ports").toString().contains("management")) {
                assertTrue(rule.path("from").toString().contains("malstyrning.se/monitoring"),
                        "only the monitoring namespace reaches the gateway's management port in " + overlay);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldLogJsonAndNameTheCollectorInEverySuiteContainer(String overlay) {
        List<String> findings = new ArrayList<>();
        for (JsonNode workload : Overlays.ofKind(overlay, "Deployment")) {
            if (!SUITE.contains(workload.path("metadata").path("name").asText())) {
                continue;
            }
            for (JsonNode container : Overlays.containers(workload)) {
                String env = container.path("env").toString();
                if (!env.contains("{\"name\":\"QUARKUS_LOG_CONSOLE_JSON_ENABLED\",\"value\":\"true\"}")) {
                    findings.add(Overlays.name(workload) + ": plain-text logs");
                }
                if (!env.contains("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")) {
                    findings.add(Overlays.name(workload) + ": no setting of the OpenTelemetry collector");
                }
            }
        }
        assertEquals(List.of(), findings, overlay);
        assertEquals(SUITE.size(), Overlays.ofKind(overlay, "Deployment").stream()
                .filter(workload -> SUITE.contains(workload.path("metadata").path("name").asText())).count(), overlay);
    }

    private static boolean selectsAny(String overlay, String kind, JsonNode podLabels) {
        return Overlays.ofKind(overlay, kind).stream().anyMatch(object -> {
            JsonNode selector = kind.equals("NetworkPolicy") ? object.path("spec").path("podSelector") : object.path("spec").path("selector");
            JsonNode matchLabels = selector.path("matchLabels");
            if (matchLabels.isEmpty()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = matchLabels.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> label = it.next();
                if (!label.getValue().equals(podLabels.path(label.getKey()))) {
                    return false;
                }
            }
            return true;
        });
    }
}
