package se.malstyrning.runtime.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemType;

import java.net.URI;

/**
 * The documented body limit of a service ({@code malstyrning.http.max-body-bytes}): a request that
 * declares a longer body is a 413 problem before anything reads it. The HTTP server's own limit
 * ({@code quarkus.http.limits.max-body-size}, set higher) still stops bodies sent without a length,
 * but it answers without a problem body, so the documented limit is the one enforced here.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigMapping(prefix = "malstyrning.http")
    public interface Settings {
        /** The largest body accepted, in bytes. */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    private final Settings settings;
    private final ObjectMapper json;

    public BodyLimit(Settings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length)) {
            context.next();
            return;
        }
        Problem problem = ProblemType.PAYLOAD_TOO_LARGE.problem("The body may be at most " + settings.maxBodyBytes() + " bytes")
                .withInstance(URI.create(context.request().path()));
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > settings.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
