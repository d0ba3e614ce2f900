package se.malstyrning.runtime.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.RefusedValueException;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL cannot store the NUL character in text, so a NUL in a path or query parameter or in a
 * JSON string is refused as bad input naming the parameter or field, before it reaches a query.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    private static final String NUL = "\u0000";
    public static final String MESSAGE = "must not contain the NUL character";

    @ServerRequestFilter
    public void refuseInParameters(ContainerRequestContext request) {
        refuse(request.getUriInfo().getPathParameters());
        refuse(request.getUriInfo().getQueryParameters());
    }

    private static void refuse(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().contains(NUL) || parameter.getValue().stream().anyMatch(value -> value.contains(NUL))) {
                throw ProblemException.invalidField(parameter.getKey().replace(NUL, ""), MESSAGE);
            }
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-characters").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.contains(NUL)) {
                    throw new RefusedValueException(parser, MESSAGE, String.class);
                }
                return value;
            }
        }));
    }
}
