package se.malstyrning.gateway.problem;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;

/** The gateway's own resources (the merged document) fail with problems too. */
public class ResourceProblems {

    @ServerExceptionMapper
    public Response problem(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        JsonObject body = Arrays.stream(GatewayProblem.values()).filter(problem -> problem.status() == status)
                .findFirst()
                .map(problem -> problem.body(exception.getMessage(), uri.getPath()).toJsonObject())
                .orElseGet(() -> new JsonObject().put("type", "about:blank")
                        .put("title", exception.getResponse().getStatusInfo().getReasonPhrase())
                        .put("status", status).put("instance", uri.getPath()));
        return Response.status(status).type(GatewayProblem.MEDIA_TYPE).entity(body.encode()).build();
    }
}
