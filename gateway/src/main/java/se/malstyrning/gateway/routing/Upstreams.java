package se.malstyrning.gateway.routing;

import io.smallrye.mutiny.Uni;
import io.smallrye.stork.Stork;
import io.smallrye.stork.api.Service;
import io.smallrye.stork.api.ServiceDefinition;
import io.smallrye.stork.api.ServiceInstance;
import io.smallrye.stork.impl.RoundRobinConfiguration;
import io.smallrye.stork.servicediscovery.staticlist.StaticConfiguration;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The instances of each service (a static list from configuration, e.g. {@code GOALS_URL} with
 * several comma-separated URLs) and the choice among them, round robin, by SmallRye Stork.
 */
@ApplicationScoped
public class Upstreams {

    private final Map<String, List<URI>> instances = new TreeMap<>();

    public Upstreams(GatewayConfig config) {
        config.routes().forEach((api, route) -> {
            instances.put(api, List.copyOf(route.upstream()));
            Stork.getInstance().defineIfAbsent(serviceName(api), ServiceDefinition.of(
                    new StaticConfiguration().withAddressList(route.upstream().stream().map(URI::toString)
                            .collect(Collectors.joining(","))),
                    new RoundRobinConfiguration()));
        });
    }

    /** The configured instances of each API's service, by API name. */
    public Map<String, List<URI>> instances() {
        return instances;
    }

    /** The instance the next request to this API goes to. */
    public Uni<ServiceInstance> select(String api) {
        if (!instances.containsKey(api)) {
            return Uni.createFrom().failure(new NoSuchElementException("No route " + api));
        }
        return service(api).selectInstance();
    }

    private static Service service(String api) {
        return Stork.getInstance().getService(serviceName(api));
    }

    private static String serviceName(String api) {
        return "gateway-" + api;
    }
}
