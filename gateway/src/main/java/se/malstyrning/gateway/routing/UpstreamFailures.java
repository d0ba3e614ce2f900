package se.malstyrning.gateway.routing;

import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import se.malstyrning.gateway.problem.GatewayProblem;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Turns an upstream that cannot be reached (503), does not answer in the route's time (504) or
 * breaks off (502) into a problem response at once, instead of the proxy's empty 502. A safe
 * request without a body whose connection broke before the answer is sent once more first.
 */
class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    /** The attachment of the proxy context that names the instance the request went to. */
    static final String INSTANCE = "gateway.instance";

    private final String api;
    private final Duration timeout;
    private final Duration retryAfter;
    private final Upstreams upstreams;

    UpstreamFailures(String api, Duration timeout, Duration retryAfter, Upstreams upstreams) {
        this.api = api;
        this.timeout = timeout;
        this.retryAfter = retryAfter;
        this.upstreams = upstreams;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            if (retryable(context.request().proxiedRequest(), failure)) {
                // The pooled connection was closed under the request (an instance shutting down,
                // or closing a kept-alive connection just as it was reused): the instance is left
                // out for a while, and a safe request without a body is sent once more, on a new
                // connection, to the next instance.
                LOG.debugf("%s %s: retrying once after %s", context.request().getMethod(), context.request().getURI(), failure);
                ServiceInstance instance = context.get(INSTANCE, ServiceInstance.class);
                if (instance != null) {
                    upstreams.unreachable(instance);
                }
                context.request().setBody(Body.body(Buffer.buffer()));
                return context.sendRequest().recover(again -> Future.succeededFuture(problem(context, again)));
            }
            return Future.succeededFuture(problem(context, failure));
        });
    }

    /** A safe method, no body, and a connection that broke before any answer came. */
    static boolean retryable(HttpServerRequest client, Throwable failure) {
        HttpMethod method = client.method();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        boolean bodyless = client.getHeader("Transfer-Encoding") == null
                && (client.getHeader("Content-Length") == null || "0".equals(client.getHeader("Content-Length")));
        return safe && bodyless && !ConnectFailures.unreachable(failure)
                && !(failure instanceof TimeoutException) && brokenConnection(failure);
    }

    private static boolean brokenConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof StreamResetException
                    || cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        HttpServerRequest client = context.request().proxiedRequest();
        GatewayProblem problem;
        String detail;
        if (ConnectFailures.unreachable(failure)) {
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
