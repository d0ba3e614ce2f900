package se.malstyrning.gateway.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.malstyrning.gateway.problem.GatewayProblem;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Checks the bearer token before anything is proxied: signature against the realm's keys (cached
 * by Quarkus OIDC, fetched again only for an unknown key id), expiry, issuer and audience. A call
 * without a token passes only as a read of open data or as one of the configured anonymous writes;
 * the services check again and decide what each caller may see. A token checked once is not
 * checked again until it expires ({@link VerifiedTokens}). A refused request is counted by the rate
 * limiter against its address.
 */
@ApplicationScoped
public class TokenGate implements Handler<RoutingContext> {

    private static final String INVALID = "The bearer token is expired, not signed by the realm, malformed, "
            + "or not issued for this API";

    private final List<IdentityConfig.AnonymousWrite> anonymousWrites;
    private final VerifiedTokens verifiedTokens;
    private final RefusalLimit limits;

    TokenGate(IdentityConfig config, VerifiedTokens verifiedTokens, RefusalLimit limits) {
        this.anonymousWrites = config.parsedAnonymousWrites();
        this.verifiedTokens = verifiedTokens;
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            if (isOpenToAnonymous(request)) {
                Caller.anonymous(address(request)).attachTo(context);
                context.next();
            } else {
                challenge(context, null, "Send a bearer token from the realm: this call is not open data");
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            challenge(context, "invalid_request", "Only bearer tokens from the realm are accepted");
            return;
        }
        String bearer = authorization.substring(7).trim();
        Caller known = verifiedTokens.callerOf(bearer, address(request)).orElse(null);
        if (known != null) {
            known.attachTo(context);
            context.next();
            return;
        }
        // The body waits (unread, not buffered by us) while the token is checked.
        request.pause();
        // Quarkus would answer a failed check with an empty 401; ours is a problem.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (failed, failure) ->
                challenge(failed, "invalid_token", INVALID));
        Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        identity.subscribe().with(
                checked -> {
                    if (checked.isAnonymous() || !(checked.getPrincipal() instanceof JsonWebToken token)) {
                        challenge(context, "invalid_token", "The bearer token is not valid for this realm");
                        return;
                    }
                    verifiedTokens.remember(bearer, token);
                    new Caller(token.getClaim("azp"), token.getSubject(), address(request)).attachTo(context);
                    context.next();
                },
                failure -> challenge(context, "invalid_token", INVALID));
    }

    private boolean isOpenToAnonymous(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return true;
        }
        String path = request.path();
        return anonymousWrites.stream().anyMatch(rule -> rule.matches(method.name(), path));
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() != null ? request.remoteAddress().hostAddress() : "unknown";
    }

    /**
     * A 401 with the RFC 6750 challenge; {@code error} is left out when no token was sent at all. The
     * refusal counts against the caller's address: a flood of bad tokens from one address is a 429
     * once it is over the anonymous limit, as any other flood.
     */
    private void challenge(RoutingContext context, String error, String detail) {
        if (context.response().ended()) {
            return;
        }
        if (limits.overLimitWhenRefused(context, address(context.request()))) {
            return;
        }
        context.request().resume();
        context.response().putHeader("WWW-Authenticate",
                "Bearer realm=\"malstyrning\"" + (error == null ? "" : ", error=\"" + error + "\""));
        GatewayProblem.UNAUTHORIZED.send(context.response(), detail, context.request().path());
    }
}
