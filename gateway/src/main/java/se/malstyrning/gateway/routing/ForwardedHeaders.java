package se.malstyrning.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service the address the client used, so that the links it writes ({@code Location},
 * {@code Link: rel="next"}) point at the gateway and not at the service behind it.
 */
class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest client = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        String host = client.authority() != null ? client.authority().host() : null;
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
            headers.set("X-Forwarded-Port", Integer.toString(client.authority().port() > 0
                    ? client.authority().port() : client.isSSL() ? 443 : 80));
        }
        headers.set("X-Forwarded-Proto", client.scheme());
        if (client.remoteAddress() != null) {
            headers.set("X-Forwarded-For", client.remoteAddress().hostAddress());
        }
        return context.sendRequest();
    }
}
