package se.malstyrning.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.gateway.identity.Caller;
import se.malstyrning.gateway.identity.RefusalLimit;
import se.malstyrning.gateway.problem.GatewayProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Limits each caller (the token's subject, a client with a limit of its own, or the address of an
 * anonymous caller) to its bucket and answers 429 with {@code Retry-After} beyond it. Runs after the
 * identity check, which names the caller; a request the identity check refuses (no or a bad token
 * for a write) is counted against its address too ({@link #overLimitWhenRefused}). Every answer
 * carries the limit it was counted against as {@code RateLimit-Policy} and what is left of it as
 * {@code RateLimit} (IETF draft-ietf-httpapi-ratelimit-headers: quota {@code q} per window
 * {@code w} seconds; {@code r} remaining, full again in {@code t} seconds).
 */
@ApplicationScoped
public class RateLimiter implements Handler<RoutingContext>, RefusalLimit {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String HEADER = "RateLimit";

    private record Rule(String name, String method, Pattern path, RateLimitConfig.Limit limit) {
    }

    /** A bucket to count a request against: its key, its limit, and the policy's name in the headers. */
    private record Account(String key, RateLimitConfig.Limit limit, String policy) {
    }

    private final boolean enabled;
    private final RateLimitConfig.Limit clients;
    private final RateLimitConfig.Limit anonymous;
    private final Map<String, RateLimitConfig.Limit> perClient;
    private final List<Rule> rules;
    // A bucket left alone for longer than the longest period is full again: forgetting it changes nothing.
    private final Cache<String, TokenBucket> buckets;

    public RateLimiter(RateLimitConfig config) {
        this.enabled = config.enabled();
        this.clients = config.clients();
        this.anonymous = config.anonymous();
        this.perClient = Map.copyOf(config.perClient());
        this.rules = config.rules().entrySet().stream().map(entry -> {
            String[] match = entry.getValue().match().trim().split("\\s+", 2);
            return new Rule(entry.getKey(), match[0].toUpperCase(), Pattern.compile(match[1]), entry.getValue());
        }).toList();
        Duration longest = Stream.of(Stream.of(clients, anonymous), perClient.values().stream(), rules.stream().map(Rule::limit))
                .flatMap(limits -> limits)
                .map(RateLimitConfig.Limit::per).max(Duration::compareTo).orElseThrow();
        // Its upkeep is done by the calling event loop: handed to the common pool, it would wake a thread every few calls.
        this.buckets = Caffeine.newBuilder().executor(Runnable::run).expireAfterAccess(longest).maximumSize(200_000).build();
    }

    @Override
    public void handle(RoutingContext context) {
        if (!enabled) {
            context.next();
            return;
        }
        if (admit(context, account(context))) {
            context.next();
        }
    }

    /**
     * Counts a request the identity check refused against the caller's address, as an anonymous one:
     * true when the address is over its limit, and a 429 has been answered instead of the refusal.
     */
    @Override
    public boolean overLimitWhenRefused(RoutingContext context, String address) {
        if (!enabled) {
            return false;
        }
        return !admit(context, new Account("all|address:" + address, anonymous, "anonymous"));
    }

    private Account account(RoutingContext context) {
        Caller caller = Caller.of(context);
        String who = caller.isAnonymous() ? "address:" + caller.address()
                : "subject:" + (caller.subject() != null ? caller.subject() : caller.clientId());
        String method = context.request().method().name();
        String path = context.request().path();
        Rule rule = rules.stream().filter(r -> r.method.equals(method) && r.path.matcher(path).matches())
                .findFirst().orElse(null);
        RateLimitConfig.Limit named = caller.clientId() != null ? perClient.get(caller.clientId()) : null;
        if (rule != null) {
            return new Account(rule.name + "|" + who, rule.limit, rule.name);
        }
        if (named != null) {
            return new Account("client|" + caller.clientId(), named, "client-" + caller.clientId());
        }
        return caller.isAnonymous() ? new Account("all|" + who, anonymous, "anonymous") : new Account("all|" + who, clients, "clients");
    }

    /** Takes a token of the account's bucket and says so in the headers; answers 429 (false) when none was left. */
    private boolean admit(RoutingContext context, Account account) {
        long now = System.nanoTime();
        RateLimitConfig.Limit limit = account.limit();
        TokenBucket.Taken taken = buckets.get(account.key(), key -> new TokenBucket(limit.requests(), limit.per().toNanos(), now))
                .take(now);
        HttpServerResponse response = context.response();
        response.putHeader(POLICY_HEADER, "\"" + account.policy() + "\";q=" + limit.requests() + ";w=" + limit.per().toSeconds());
        response.putHeader(HEADER, "\"" + account.policy() + "\";r=" + taken.remaining() + ";t="
                + Math.round(taken.fullInNanos() / 1e9));
        if (taken.admitted()) {
            return true;
        }
        long retryAfter = Math.max(1, seconds(taken.waitNanos()));
        context.request().resume();
        response.putHeader("Retry-After", Long.toString(retryAfter));
        GatewayProblem.TOO_MANY_REQUESTS.send(response, "More than " + limit.requests() + " requests in "
                + limit.per().toSeconds() + " s; try again in " + retryAfter + " s", context.request().path());
        return false;
    }

    private static long seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1);
    }
}
