package se.malstyrning.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * An HTTP/2 request need not declare its body's length; passed on over HTTP/1.1, such a body must
 * be sent chunked, and the proxy chunks only what came marked as chunked.
 */
class UndeclaredLengthBodies implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest client = context.request().proxiedRequest();
        if (client.version() == HttpVersion.HTTP_2 && !client.isEnded()
                && client.method() != HttpMethod.GET && client.method() != HttpMethod.HEAD
                && client.getHeader("Content-Length") == null) {
            client.headers().set("Transfer-Encoding", "chunked");
        }
        return context.sendRequest();
    }
}
