package se.malstyrning.indicators.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemType;

import java.net.URI;

/** 503 with {@code Retry-After}: a problem response cannot carry headers through ProblemException. */
public class DependencyUnavailableMapper {

    @ServerExceptionMapper
    public Response dependencyUnavailable(DependencyUnavailableException exception, UriInfo uri) {
        Problem problem = ProblemType.DEPENDENCY_UNAVAILABLE
                .problem(exception.dependency() + " did not answer; nothing was changed, try again shortly")
                .withInstance(URI.create(uri.getPath()));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, DependencyUnavailableException.RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }
}
