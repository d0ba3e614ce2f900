package se.malstyrning.runtime.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;

/**
 * Names a method parameter in a validation problem as the client wrote it: the query, path, header,
 * form or cookie parameter's own name ({@code from_date}, {@code If-Match}), not the Java name
 * ({@code fromDate}). Quarkus hands this bean to Hibernate Validator; parameters without such an
 * annotation keep their Java names.
 */
@ApplicationScoped
public class RequestParameterNames implements ParameterNameProvider {

    @Override
    public List<String> getParameterNames(java.lang.reflect.Constructor<?> constructor) {
        return names(constructor);
    }

    @Override
    public List<String> getParameterNames(java.lang.reflect.Method method) {
        return names(method);
    }

    static List<String> names(Executable executable) {
        return Arrays.stream(executable.getParameters()).map(RequestParameterNames::name).toList();
    }

    private static String name(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = switch (annotation) {
                case QueryParam query -> query.value();
                case PathParam path -> path.value();
                case HeaderParam header -> header.value();
                case FormParam form -> form.value();
                case CookieParam cookie -> cookie.value();
                default -> null;
            };
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return parameter.getName();
    }
}
