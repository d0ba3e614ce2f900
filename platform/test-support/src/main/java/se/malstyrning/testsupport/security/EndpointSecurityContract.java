package se.malstyrning.testsupport.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint states who may call it. A service's {@code @QuarkusTest} extends this: it looks
 * at the resource classes the running application deployed (they are CDI beans) and fails naming
 * each resource method without a security rule (see {@link EndpointRules}).
 */
public abstract class EndpointSecurityContract {

    @Test
    void shouldStateWhoMayCallEveryEndpoint() {
        List<Class<?>> deployed = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .distinct()
                .collect(Collectors.toList());
        List<EndpointRules.Endpoint> endpoints = EndpointRules.endpoints(deployed);
        List<EndpointRules.Endpoint> unruled = endpoints.stream().filter(endpoint -> !endpoint.ruled()).toList();
        System.out.printf("[endpoint-rules] %d endpoints in %d resource classes, %d without a security rule%n",
                endpoints.size(), endpoints.stream().map(EndpointRules.Endpoint::resource).distinct().count(), unruled.size());

        assertFalse(endpoints.isEmpty(), "no resource method was found in the running application");
        assertTrue(unruled.isEmpty(), () -> "these endpoints say nothing about who may call them (add @RolesAllowed, "
                + "@Authenticated, @PermitAll or @DenyAll): " + unruled);
    }
}
