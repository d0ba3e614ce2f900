package se.malstyrning.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every object every overlay renders is a valid Kubernetes object: read into Kubernetes' own object
 * model (fabric8's, generated from Kubernetes' OpenAPI schemas) with no field the schema does not
 * know and no value of the wrong type.
 */
class KubernetesSchemaTest {

    /** The API version and model of each kind the manifests may use; any other is refused. */
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "Deployment", new Schema("apps/v1", Deployment.class),
            "Service", new Schema("v1", Service.class),
            "ConfigMap", new Schema("v1", ConfigMap.class),
            "Secret", new Schema("v1", Secret.class),
            "PersistentVolumeClaim", new Schema("v1", PersistentVolumeClaim.class),
            "Namespace", new Schema("v1", Namespace.class),
            "PodDisruptionBudget", new Schema("policy/v1", PodDisruptionBudget.class),
            "HorizontalPodAutoscaler", new Schema("autoscaling/v2", HorizontalPodAutoscaler.class),
            "NetworkPolicy", new Schema("networking.k8s.io/v1", NetworkPolicy.class),
            "Ingress", new Schema("networking.k8s.io/v1", Ingress.class));

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private record Schema(String apiVersion, Class<?> model) {
    }

    static Stream<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRenderOnlyObjectsKubernetesKnowsWithoutUnknownFields(String overlay) throws Exception {
        List<String> findings = new ArrayList<>();
        for (JsonNode object : Overlays.render(overlay)) {
            String name = Overlays.name(object);
            Schema schema = SCHEMAS.get(object.path("kind").asText());
            if (schema == null) {
                findings.add(name + ": a kind this check has no schema for");
                continue;
            }
            if (!schema.apiVersion().equals(object.path("apiVersion").asText())) {
                findings.add(name + ": apiVersion " + object.path("apiVersion").asText() + ", expected " + schema.apiVersion());
                continue;
            }
            Object typed;
            try {
                typed = STRICT.treeToValue(object, schema.model());
            } catch (Exception e) {
                findings.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            unknownFields(typed, name, findings, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        assertEquals(List.of(), findings, overlay + " renders objects that are not valid Kubernetes objects");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRenderNamedObjects(String overlay) {
        for (JsonNode object : Overlays.render(overlay)) {
            assertNotNull(object.path("metadata").get("name"), "an object without a name in " + overlay);
        }
    }

    /** Walks the typed object; every field the model did not know lands in an additionalProperties map. */
    private static void unknownFields(Object value, String path, List<String> findings, Set<Object> seen) throws Exception {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", findings, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), findings, seen);
            }
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    findings.add(path + ": unknown field(s) " + unknown.keySet());
                }
                continue;
            }
            String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(field, path + "." + property, findings, seen);
        }
    }
}
