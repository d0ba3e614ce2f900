package se.malstyrning.runtime.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;
import java.net.URI;

/**
 * Every error of the API is a problem document: an error response that leaves a resource (or the
 * framework, e.g. a precondition it evaluated) without a body gets the problem of its status.
 */
public class EmptyErrorBodies {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @ServerResponseFilter
    public void fill(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            Problem problem = ProblemType.of(response.getStatus(), response.getStatusInfo().getReasonPhrase())
                    .withInstance(URI.create(request.getUriInfo().getRequestUri().getRawPath()));
            response.setEntity(problem, new Annotation[0], PROBLEM);
        }
    }
}
