package se.malstyrning.gateway.routing;

import io.quarkus.runtime.Startup;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.Service;
import io.smallrye.stork.api.ServiceDefinition;
import io.smallrye.stork.api.ServiceInstance;
import io.smallrye.stork.impl.RoundRobinConfiguration;
import io.smallrye.stork.servicediscovery.staticlist.StaticConfiguration;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The instances of each service (a static list from configuration, e.g. {@code GOALS_URL} with
 * several comma-separated URLs) and the choice among them, round robin, by SmallRye Stork. The
 * list is fixed, so it is discovered once, at start-up; each request only asks the load balancer.
 * An instance that refused a connection is left out of the rotation for a while (all of them are
 * tried again when none is left).
 */
@Startup
@ApplicationScoped
public class Upstreams {

    private record Route(Service service, List<ServiceInstance> instances) {
    }

    private final Map<String, Route> routes = new TreeMap<>();
    private final Map<String, List<URI>> urls = new TreeMap<>();
    private final Map<ServiceInstance, Long> unreachableUntil = new ConcurrentHashMap<>();
    private final long unreachablePauseNanos;

    public Upstreams(GatewayConfig config) {
        this.unreachablePauseNanos = config.unreachablePause().toNanos();
        config.routes().forEach((api, route) -> {
            String name = "gateway-" + api;
            Stork.getInstance().defineIfAbsent(name, ServiceDefinition.of(
                    new StaticConfiguration().withAddressList(route.upstream().stream().map(URI::toString)
                            .collect(Collectors.joining(","))),
                    new RoundRobinConfiguration()));
            Service service = Stork.getInstance().getService(name);
            urls.put(api, List.copyOf(route.upstream()));
            routes.put(api, new Route(service, service.getInstances().await().atMost(Duration.ofSeconds(5))));
        });
    }

    /** The configured instances of each API's service, by API name. */
    public Map<String, List<URI>> instances() {
        return Collections.unmodifiableMap(urls);
    }

    /** The instance the next request to this API goes to. */
    public ServiceInstance select(String api) {
        Route route = routes.get(api);
        if (route == null) {
            throw new NoSuchElementException("No route " + api);
        }
        if (unreachableUntil.isEmpty()) {
            return route.service().selectInstance(route.instances());
        }
        long now = System.nanoTime();
        unreachableUntil.values().removeIf(until -> until - now <= 0);
        List<ServiceInstance> reachable = route.instances().stream()
                .filter(instance -> !unreachableUntil.containsKey(instance)).toList();
        return route.service().selectInstance(reachable.isEmpty() ? route.instances() : reachable);
    }

    /** The instance refused a connection: leave it out of the rotation for the configured pause. */
    public void unreachable(ServiceInstance instance) {
        unreachableUntil.put(instance, System.nanoTime() + unreachablePauseNanos);
    }
}
