package se.malstyrning.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import se.malstyrning.gateway.identity.TokenGate;
import se.malstyrning.gateway.ratelimit.RateLimiter;

import java.net.ConnectException;

/**
 * Routes {@code /{api}/**} to the owning service through the Vert.x reverse proxy, which streams
 * request and response bodies. Paths are passed on unchanged (api-conventions.md). Before a request
 * is proxied its token is checked and its caller's rate limit taken; each request goes to the
 * instance {@link Upstreams} chooses.
 */
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, Upstreams upstreams,
                  TokenGate tokens, RateLimiter limits) {
        config.routes().forEach((api, route) -> {
            // A connection left idle (e.g. by a client that went away mid-response) is closed and its
            // place in the pool freed.
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setMaxPoolSize(config.maxConnectionsPerUpstream())
                    .setIdleTimeout(10)
                    .setConnectTimeout(2_000));
            int attempts = route.upstream().size();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) ->
                            connect(upstreams, api, httpClient, route.timeout().toMillis(), attempts));
            proxy.addInterceptor(new UpstreamFailures(api, route.timeout(), config.unavailableRetryAfter()));
            proxy.addInterceptor(new ForwardedHeaders());
            router.route("/" + api + "/*").handler(tokens).handler(limits).handler(ProxyHandler.create(proxy));
            LOG.infof("Routing /%s/** to %s", api, route.upstream());
        });
    }

    /** A connection to the next instance; one that refuses it is skipped for the next, up to once round. */
    private static Future<HttpClientRequest> connect(Upstreams upstreams, String api, HttpClient client,
                                                     long timeoutMillis, int attempts) {
        return Future.fromCompletionStage(upstreams.select(api).subscribeAsCompletionStage())
                .compose(instance -> client.request(new RequestOptions()
                        .setHost(instance.getHost())
                        .setPort(instance.getPort())
                        .setIdleTimeout(timeoutMillis)))
                .recover(failure -> failure instanceof ConnectException && attempts > 1
                        ? connect(upstreams, api, client, timeoutMillis, attempts - 1)
                        : Future.failedFuture(failure));
    }
}
