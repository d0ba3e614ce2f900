package se.malstyrning.gateway.identity;

import io.vertx.ext.web.RoutingContext;

/**
 * What the identity check asks before it refuses a request (no token, or a bad one): whether the
 * refusal puts the caller's address over its limit, in which case a 429 has been answered instead.
 * The rate limiter provides it, so that a flood of bad tokens is limited like any other flood; the
 * identity check does not depend on how limits are kept.
 */
public interface RefusalLimit {

    boolean overLimitWhenRefused(RoutingContext context, String address);
}
