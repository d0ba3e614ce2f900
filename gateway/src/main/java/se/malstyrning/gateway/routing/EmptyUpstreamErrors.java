package se.malstyrning.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import se.malstyrning.gateway.problem.GatewayProblem;

/**
 * An error a service answered without a body (its HTTP server stopping a streamed body over the
 * limit with an empty 413, say) leaves the front door as a problem document of the same status,
 * like every other error of the suite. The service's headers (Retry-After, WWW-Authenticate) stay.
 */
class EmptyUpstreamErrors implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        if (response.getStatusCode() >= 400 && "0".equals(response.headers().get("Content-Length"))) {
            GatewayProblem problem = GatewayProblem.of(response.getStatusCode());
            response.headers().remove("Content-Type");
            response.putHeader("Content-Type", GatewayProblem.MEDIA_TYPE);
            response.setBody(Body.body(problem.body(null, context.request().proxiedRequest().path())));
        }
        return context.sendResponse();
    }
}
