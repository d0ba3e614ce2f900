package se.malstyrning.gateway.status;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import se.malstyrning.gateway.routing.Upstreams;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The status view of the services behind the gateway, at {@code /q/health/group/upstreams}: each
 * instance's own readiness ({@code /q/health/ready}), UP only when every instance is. It is kept out
 * of the gateway's own readiness, so that one service down does not take the whole front door
 * out of a load balancer.
 */
@HealthGroup("upstreams")
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    private final Upstreams upstreams;
    private final HttpClient client;

    public UpstreamReadiness(Upstreams upstreams, Vertx vertx) {
        this.upstreams = upstreams;
        // Polling, not a request of anyone's: no spans.
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1_000).setKeepAlive(false)
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Map.Entry<String, Boolean>>> checks = new ArrayList<>();
        upstreams.instances().forEach((api, instances) ->
                instances.forEach(instance -> checks.add(ready(instance).map(up -> Map.entry(api + " " + instance, up)))));
        return Uni.createFrom().completionStage(Future.join(checks).toCompletionStage()).map(all -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
            for (Future<Map.Entry<String, Boolean>> check : checks) {
                Map.Entry<String, Boolean> result = check.result();
                response.withData(result.getKey(), result.getValue() ? "UP" : "DOWN");
                if (!result.getValue()) {
                    response.down();
                }
            }
            return response.build();
        });
    }

    private Future<Boolean> ready(URI instance) {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setHost(instance.getHost()).setPort(instance.getPort() > 0 ? instance.getPort() : 80)
                        .setURI("/q/health/ready").setTimeout(2_000))
                .compose(request -> request.send())
                .map(response -> response.statusCode() == 200)
                .otherwise(false);
    }
}
