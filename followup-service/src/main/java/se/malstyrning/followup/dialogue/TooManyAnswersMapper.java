package se.malstyrning.followup.dialogue;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemType;

import java.net.URI;

public class TooManyAnswersMapper {

    @ServerExceptionMapper
    public Response tooMany(TooManyAnswersException exception, UriInfo uri) {
        Problem problem = ProblemType.TOO_MANY_REQUESTS.problem("Too many answers from your address; try again in "
                + exception.retryAfterSeconds() + " seconds").withInstance(URI.create(uri.getPath()));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds())
                .entity(problem).build();
    }
}
