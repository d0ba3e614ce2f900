package se.malstyrning.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import se.malstyrning.gateway.problem.GatewayProblem;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Turns an upstream that cannot be reached (503), does not answer in the route's time (504) or
 * breaks off (502) into a problem response at once, instead of the proxy's empty 502.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String api;
    private final Duration timeout;
    private final Duration retryAfter;

    UpstreamFailures(String api, Duration timeout, Duration retryAfter) {
        this.api = api;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        HttpServerRequest client = context.request().proxiedRequest();
        GatewayProblem problem;
        String detail;
        if (failure instanceof ConnectException) {
            problem = GatewayProblem.DEPENDENCY_UNAVAILABLE;
            detail = "The " + api + " service cannot be reached; try again shortly";
        } else if (failure instanceof TimeoutException) {
            problem = GatewayProblem.GATEWAY_TIMEOUT;
            detail = "The " + api + " service did not answer within " + timeout.toSeconds() + " s";
        } else {
            problem = GatewayProblem.BAD_GATEWAY;
            detail = "The " + api + " service broke off the exchange";
        }
        LOG.warnf("%s %s: %s (%s)", client.method(), client.path(), detail, failure.toString());
        ProxyResponse response = context.request().release().response()
                .setStatusCode(problem.status())
                .setStatusMessage(null)
                .setBody(Body.body(problem.body(detail, client.path())));
        response.putHeader("Content-Type", GatewayProblem.MEDIA_TYPE);
        if (problem == GatewayProblem.DEPENDENCY_UNAVAILABLE) {
            response.putHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        return response;
    }
}
