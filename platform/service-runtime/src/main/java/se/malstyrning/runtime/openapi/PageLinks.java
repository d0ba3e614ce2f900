package se.malstyrning.runtime.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes the {@code Link: <…>; rel="next"} header of the paged collections
 * ({@link se.malstyrning.runtime.rest.Responses#page}) on the 200 of every operation that takes the
 * {@code offset} query parameter of a page request. In words, not as a documented header: the OWASP
 * lint wants every response that documents a header to document {@code Access-Control-Allow-Origin}
 * too, which only the gateway answers, and only for the configured origins.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageLinks implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok != null && paged(operation)) {
            ok.setDescription("A page; while more items remain, the header Link: <…?offset=…&limit=…>; rel=\"next\" names the next");
        }
        return operation;
    }

    private static boolean paged(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY && "offset".equals(parameter.getName()));
    }
}
