import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The gateway benchmark's floor: the Vert.x reverse proxy the gateway is built on, alone in a plain
 * Vert.x application, with none of the gateway's work (no Quarkus, token check, tracing or forwarded
 * headers, access log or metrics). Run from source with the gateway's libraries on the class path:
 * {@code java -cp 'gateway/target/quarkus-app/lib/main/*' PlainVertxProxy.java EVENT_LOOPS PORT UPSTREAM_PORT}.
 */
public class PlainVertxProxy extends AbstractVerticle {

    private final int port;
    private final int upstreamPort;

    private PlainVertxProxy(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    public static void main(String[] args) {
        int eventLoops = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        int upstreamPort = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        // One instance per event loop, each with its own pool of upstream connections, as the gateway has.
        vertx.deployVerticle(() -> new PlainVertxProxy(port, upstreamPort), new DeploymentOptions().setInstances(eventLoops))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                })
                .onSuccess(deployed -> System.out.println("Listening on " + port));
    }

    @Override
    public void start(Promise<Void> started) {
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(
                        new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(50)))
                .origin(upstreamPort, "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(port).<Void>mapEmpty().onComplete(started);
    }
}
