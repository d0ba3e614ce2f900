package se.malstyrning.gateway.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/** An address no route serves is a 404 problem, like any other error of the gateway. */
public class NotFoundFallback {

    void register(@Observes Router router) {
        router.route().last().handler(context ->
                GatewayProblem.NOT_FOUND.send(context.response(), "No API at this address", context.normalizedPath()));
    }
}
