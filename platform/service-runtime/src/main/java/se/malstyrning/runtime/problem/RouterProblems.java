package se.malstyrning.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;

/**
 * Failures of the HTTP layer below the resources (a body over the server's limit, a request the
 * router cannot take, an address no route serves) answered as problem documents, not with the
 * server's empty or HTML answers. The resources' own failures are mapped by {@link ProblemMappers}.
 */
@ApplicationScoped
public class RouterProblems {

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);
    private static final int[] ROUTER_ERRORS = {400, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503};

    private final ObjectMapper json;

    public RouterProblems(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
        for (int status : ROUTER_ERRORS) {
            router.errorHandler(status, this::answer);
        }
    }

    private void answer(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Throwable failure = context.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode()
                : context.statusCode() > 0 ? context.statusCode() : 500;
        if (status >= 500 && failure != null) {
            LOG.errorf(failure, "Unexpected failure on %s", context.request().path());
        }
        Problem problem = ProblemType.of(status, null).withInstance(instance(context));
        try {
            byte[] body = json.writeValueAsBytes(problem);
            response.setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length))
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            response.setStatusCode(500).end();
        }
    }

    /** The path as sent, when it is one a URI can hold. */
    private static URI instance(RoutingContext context) {
        try {
            return URI.create(context.request().path() == null ? "/" : context.request().path());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
