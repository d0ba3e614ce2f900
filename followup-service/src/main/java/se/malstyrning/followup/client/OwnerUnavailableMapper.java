package se.malstyrning.followup.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemType;

import java.net.URI;

/** An owner being down is a 503 problem with {@code Retry-After}: nothing was written, try again later. */
public class OwnerUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(OwnerUnavailableException exception, UriInfo uri) {
        Problem problem = ProblemType.DEPENDENCY_UNAVAILABLE.problem(exception.owner()
                + " did not answer; nothing was changed, retry in a while")
                .withInstance(URI.create(uri.getPath()));
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, OwnerUnavailableException.RETRY_AFTER_SECONDS)
                .entity(problem)
                .build();
    }
}
