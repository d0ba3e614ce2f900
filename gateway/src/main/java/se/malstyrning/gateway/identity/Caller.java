package se.malstyrning.gateway.identity;

import io.vertx.ext.web.RoutingContext;

/**
 * Who sent a request, as far as the gateway needs to know: the client the token was issued to
 * ({@code azp}) and its subject, or nobody (an anonymous call, known only by its address).
 */
public record Caller(String clientId, String subject, String address) {

    private static final String KEY = Caller.class.getName();

    public static Caller anonymous(String address) {
        return new Caller(null, null, address);
    }

    public boolean isAnonymous() {
        return subject == null && clientId == null;
    }

    public void attachTo(RoutingContext context) {
        context.put(KEY, this);
    }

    /** The caller the identity check attached, or null before it ran. */
    public static Caller of(RoutingContext context) {
        return context.get(KEY);
    }
}
