package se.malstyrning.gateway.problem;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.InvalidPathException;

/**
 * Whatever fails in the gateway's own HTTP layer (a path the static files of Swagger UI cannot
 * take, such as one with NUL, a request the router cannot take, an unexpected error in a handler) is answered as a problem document like every other
 * error of the suite, not with the framework's empty answer or its error-id document.
 */
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);
    private static final int[] ROUTER_ERRORS = {400, 405, 406, 413, 414, 415, 431, 500, 501};

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(RouterFailures::answer);
        for (int status : ROUTER_ERRORS) {
            router.errorHandler(status, RouterFailures::answer);
        }
    }

    private static void answer(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Throwable failure = context.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode()
                : failure instanceof InvalidPathException ? 400
                : context.statusCode() > 0 ? context.statusCode() : 500;
        GatewayProblem problem = GatewayProblem.of(status);
        String detail = switch (problem) {
            case BAD_REQUEST -> "The request is malformed (its path, request line or headers)";
            case INTERNAL -> "The request could not be completed; it has been logged";
            default -> null;
        };
        if (problem == GatewayProblem.INTERNAL) {
            LOG.errorf(failure, "Unexpected failure on %s", context.request().path());
        }
        problem.send(response, detail, instance(context));
    }

    /** The path as sent, when there is one. */
    private static String instance(RoutingContext context) {
        String path = context.request().path();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
