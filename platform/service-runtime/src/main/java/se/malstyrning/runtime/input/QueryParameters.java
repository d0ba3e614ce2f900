package se.malstyrning.runtime.input;

import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.malstyrning.runtime.problem.ProblemException;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The query of a request holds only the parameters its operation declares, each of its declared
 * type: an unknown parameter ({@code ?stauts=ADOPTED}) or a value its type cannot take
 * ({@code ?status=FOO}, {@code ?limit=ten}) is a 400 problem naming the parameter, never ignored
 * and never the 404 that JAX-RS gives for a query value it cannot convert. The declared names are
 * those of the resource method's {@code @QueryParam} parameters and of the {@code @QueryParam}
 * fields of its {@code @BeanParam} classes (and of the resource class), read once per method.
 */
@Singleton
public class QueryParameters {

    public static final String UNKNOWN = "is not a parameter of this operation";

    private final Map<Method, Map<String, Class<?>>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknownOrInvalid(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (method == null || query.isEmpty()) {
            return;
        }
        Map<String, Class<?>> parameters = declared.computeIfAbsent(method,
                ignored -> declaredIn(resource.getResourceClass(), method));
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(query).entrySet()) {
            Class<?> type = parameters.get(parameter.getKey());
            if (type == null) {
                throw ProblemException.invalidField(parameter.getKey(), UNKNOWN
                        + (parameters.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", new java.util.TreeSet<>(parameters.keySet())) + ")"));
            }
            for (String value : parameter.getValue()) {
                String refusal = refusal(type, value);
                if (refusal != null) {
                    throw ProblemException.invalidField(parameter.getKey(), refusal);
                }
            }
        }
    }

    /** The declared query parameters of a resource method and the type of each (the element type of a list). */
    static Map<String, Class<?>> declaredIn(Class<?> resourceClass, Method method) {
        Map<String, Class<?>> names = new java.util.HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getType(), parameter.getParameterizedType(), names);
        }
        if (resourceClass != null) {
            fields(resourceClass, names);
        }
        return Map.copyOf(names);
    }

    private static void collect(AnnotatedElement element, Class<?> type, Type genericType, Map<String, Class<?>> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.put(query.value(), elementType(type, genericType));
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            fields(type, names);
        }
    }

    private static void fields(Class<?> type, Map<String, Class<?>> names) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                collect(field, field.getType(), field.getGenericType(), names);
            }
        }
    }

    private static Class<?> elementType(Class<?> type, Type genericType) {
        if (Collection.class.isAssignableFrom(type) && genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        if (type == java.util.Optional.class && genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type;
    }

    /** Why the value cannot be of the type, or null when it can (types a check here does not know are left to the resource). */
    static String refusal(Class<?> type, String value) {
        if (type.isEnum()) {
            boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(constant -> ((Enum<?>) constant).name().equals(value));
            return known ? null : "is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class) {
            return parses(value, Integer::parseInt) ? null : "must be an integer";
        }
        if (type == long.class || type == Long.class) {
            return parses(value, Long::parseLong) ? null : "must be an integer";
        }
        if (type == UUID.class) {
            return parses(value, UUID::fromString) && value.length() == 36 ? null : "must be a UUID";
        }
        if (type == LocalDate.class) {
            return parses(value, LocalDate::parse) ? null : "must be a date (YYYY-MM-DD)";
        }
        return null;
    }

    private static boolean parses(String value, java.util.function.Function<String, ?> parser) {
        try {
            parser.apply(value);
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }
}
