package se.malstyrning.gateway.routing;

import io.smallrye.stork.api.ServiceInstance;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import se.malstyrning.gateway.identity.TokenGate;
import se.malstyrning.gateway.ratelimit.RateLimiter;

import java.util.function.Supplier;

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
            Handler<RoutingContext> proxy = new EventLoopLocal(() -> proxyHandler(vertx, config, upstreams, api, route));
            router.route("/" + api + "/*").handler(tokens).handler(limits).handler(proxy);
            LOG.infof("Routing /%s/** to %s", api, route.upstream());
        });
    }

    private static ProxyHandler proxyHandler(Vertx vertx, GatewayConfig config, Upstreams upstreams, String api,
                                             GatewayConfig.Route route) {
        // A connection left idle (e.g. by a client that went away mid-response) is closed and its
        // place in the pool freed.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.maxConnectionsPerUpstream())
                .setIdleTimeout(10)
                .setConnectTimeout(2_000));
        int attempts = route.upstream().size();
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .origin(context -> connect(upstreams, api, client, route.timeout().toMillis(), attempts, context));
        proxy.addInterceptor(new UpstreamFailures(api, route.timeout(), config.unavailableRetryAfter(), upstreams));
        proxy.addInterceptor(new ForwardedHeaders());
        proxy.addInterceptor(new UndeclaredLengthBodies());
        proxy.addInterceptor(new EmptyUpstreamErrors());
        return ProxyHandler.create(proxy);
    }

    /**
     * A connection to the next instance; one that cannot be reached (refused, no route, its name
     * gone) is left out for a while and the next tried, up to once round.
     */
    private static Future<HttpClientRequest> connect(Upstreams upstreams, String api, HttpClient client,
                                                     long timeoutMillis, int attempts, ProxyContext context) {
        ServiceInstance instance = upstreams.select(api);
        return client.request(new RequestOptions()
                        .setHost(instance.getHost())
                        .setPort(instance.getPort())
                        .setIdleTimeout(timeoutMillis))
                .onSuccess(request -> context.set(UpstreamFailures.INSTANCE, instance))
                .recover(failure -> {
                    if (!ConnectFailures.unreachable(failure)) {
                        return Future.failedFuture(failure);
                    }
                    upstreams.unreachable(instance);
                    return attempts > 1 ? connect(upstreams, api, client, timeoutMillis, attempts - 1, context) : Future.failedFuture(failure);
                });
    }

    /**
     * A proxy, with its own pool of upstream connections, per event loop. Vert.x runs a connection's
     * events on the event loop that opened it; with one shared pool, most requests would be handed
     * to another thread and back (a wake-up of that thread's selector each way).
     */
    private static final class EventLoopLocal implements Handler<RoutingContext> {

        private final ThreadLocal<ProxyHandler> perEventLoop;
        private final ProxyHandler elsewhere;

        EventLoopLocal(Supplier<ProxyHandler> create) {
            this.perEventLoop = ThreadLocal.withInitial(create);
            this.elsewhere = create.get();
        }

        @Override
        public void handle(RoutingContext context) {
            (Context.isOnEventLoopThread() ? perEventLoop.get() : elsewhere).handle(context);
        }
    }
}
