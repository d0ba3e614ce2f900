package se.malstyrning.gateway.docs;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/** The gateway's root leads a person to the documentation page. */
public class RootRedirect {

    void register(@Observes Router router) {
        router.get("/").handler(context -> context.redirect("/swagger-ui"));
    }
}
