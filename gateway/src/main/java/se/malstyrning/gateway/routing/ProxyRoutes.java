package se.malstyrning.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import se.malstyrning.gateway.identity.TokenGate;
import se.malstyrning.gateway.ratelimit.RateLimiter;

import java.net.URI;

/**
 * Routes {@code /{api}/**} to the owning service through the Vert.x reverse proxy, which streams
 * request and response bodies. Paths are passed on unchanged (api-conventions.md). Before a request
 * is proxied its token is checked and its caller's rate limit taken.
 */
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, TokenGate tokens, RateLimiter limits) {
        config.routes().forEach((api, route) -> {
            URI upstream = route.upstream();
            int port = upstream.getPort() > 0 ? upstream.getPort() : 80;
            // A connection left idle (e.g. by a client that went away mid-response) is closed and its
            // place in the pool freed.
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setMaxPoolSize(config.maxConnectionsPerUpstream())
                    .setIdleTimeout(10)
                    .setConnectTimeout(2_000));
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                            .setHost(upstream.getHost())
                            .setPort(port)
                            .setIdleTimeout(route.timeout().toMillis())));
            proxy.addInterceptor(new UpstreamFailures(api, route.timeout(), config.unavailableRetryAfter()));
            proxy.addInterceptor(new ForwardedHeaders());
            router.route("/" + api + "/*").handler(tokens).handler(limits).handler(ProxyHandler.create(proxy));
            LOG.infof("Routing /%s/** to %s", api, upstream);
        });
    }
}
