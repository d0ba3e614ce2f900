package se.malstyrning.testsupport.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EndpointRulesTest {

    @Path("/mixed")
    static class Mixed {
        @GET
        @PermitAll
        public String open() {
            return "";
        }

        @POST
        public void forgotten() {
        }

        @Path("/sub")
        public Object locatorWithoutRule() {
            return null;
        }

        public void helperThatIsNoEndpoint() {
        }
    }

    @Path("/guarded")
    @RolesAllowed("admin")
    static class GuardedClass {
        @GET
        public String inherited() {
            return "";
        }

        @POST
        @DenyAll
        public void denied() {
        }
    }

    static class NotAResource {
        @GET
        public String ignored() {
            return "";
        }
    }

    @Test
    void shouldNameEveryResourceMethodWithoutARule() {
        List<String> unruled = EndpointRules.unruled(List.of(Mixed.class, GuardedClass.class))
                .stream().map(endpoint -> endpoint.method().getName()).toList();
        assertEquals(List.of("forgotten", "locatorWithoutRule"), unruled);
    }

    @Test
    void shouldTakeTheRuleOfTheClassForItsMethods() {
        assertEquals(List.of(), EndpointRules.unruled(List.of(GuardedClass.class)));
    }

    @Test
    void shouldCountOnlyResourceMethodsOfPathClasses() {
        assertEquals(5, EndpointRules.endpoints(List.of(Mixed.class, GuardedClass.class, NotAResource.class)).size());
    }
}
