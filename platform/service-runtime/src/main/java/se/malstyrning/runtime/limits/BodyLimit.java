package se.malstyrning.runtime.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemType;

import java.net.URI;

/**
 * The documented body limit of a service ({@code malstyrning.http.max-body-bytes}): a request that
 * declares a longer body is a 413 problem before anything reads it. The HTTP server's own limit
 * ({@code quarkus.http.limits.max-body-size}, set to the same size) stops bodies sent without a
 * length as they stream; {@link se.malstyrning.runtime.problem.RouterProblems} answers that with a
 * problem too.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigMapping(prefix = "malstyrning.http")
    public interface Settings {
        /** The largest body accepted, in bytes. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /**
         * Whether a body sent without a length (chunked) is read here, up to the limit, before the
         * resource gets it, so that one over the limit is a 413 problem. Off for a service that
         * streams large bodies (bulk imports): the HTTP server then stops such a body at the same
         * limit, with an empty 413.
         */
        @WithDefault("true")
        boolean readBodiesWithoutLength();
    }

    private final Settings settings;
    private final ObjectMapper json;
    private final BodyHandler withoutLength;

    public BodyLimit(Settings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        // Over the limit it fails the request with 413, which RouterProblems answers as a problem.
        this.withoutLength = BodyHandler.create(false).setBodyLimit(settings.maxBodyBytes());
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (settings.readBodiesWithoutLength() && isChunked(context)) {
                withoutLength.handle(context);
            } else {
                context.next();
            }
            return;
        }
        if (!isOver(length)) {
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

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > settings.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
