package se.malstyrning.testsupport.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the JAX-RS resource methods that do not say who may call them. A rule is one of
 * {@code @RolesAllowed}, {@code @PermitAll} (deliberately public), {@code @DenyAll},
 * {@code @Authenticated} or {@code @PermissionsAllowed}, on the method or on its class. Annotations
 * are matched by name, so the check also runs on applications without the security extension.
 */
public final class EndpointRules {

    static final Set<String> RULES = Set.of(
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated",
            "io.quarkus.security.PermissionsAllowed");

    private EndpointRules() {
    }

    /** An HTTP method or sub-resource locator of a resource class. */
    public record Endpoint(Class<?> resource, Method method, boolean ruled) {
        @Override
        public String toString() {
            return resource.getName() + "#" + method.getName();
        }
    }

    /** Every resource method of these classes (only those annotated with {@code @Path} count). */
    public static List<Endpoint> endpoints(Collection<Class<?>> classes) {
        return classes.stream()
                .filter(type -> type.isAnnotationPresent(Path.class) && !type.isInterface())
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> !method.isSynthetic() && !Modifier.isStatic(method.getModifiers()))
                        .filter(EndpointRules::isResourceMethod)
                        .map(method -> new Endpoint(type, method, hasRule(method) || hasRule(type))))
                .sorted(Comparator.comparing(Endpoint::toString))
                .toList();
    }

    /** The endpoints of these classes that lack a rule. */
    public static List<Endpoint> unruled(Collection<Class<?>> classes) {
        return endpoints(classes).stream().filter(endpoint -> !endpoint.ruled()).toList();
    }

    private static boolean isResourceMethod(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean hasRule(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(type -> RULES.contains(type.getName()));
    }
}
