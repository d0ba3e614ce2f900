package se.malstyrning.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.gateway.identity.Caller;
import se.malstyrning.gateway.problem.GatewayProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Limits each caller (the token's subject, a client with a limit of its own, or the address of an
 * anonymous caller) to its bucket and
 * answers 429 with {@code Retry-After} beyond it. Runs after the identity check, which names the caller.
 */
@ApplicationScoped
public class RateLimiter implements Handler<RoutingContext> {

    private record Rule(String name, String method, Pattern path, RateLimitConfig.Limit limit) {
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
        Caller caller = Caller.of(context);
        String who = caller.isAnonymous() ? "address:" + caller.address()
                : "subject:" + (caller.subject() != null ? caller.subject() : caller.clientId());
        String method = context.request().method().name();
        String path = context.request().path();
        Rule rule = rules.stream().filter(r -> r.method.equals(method) && r.path.matcher(path).matches())
                .findFirst().orElse(null);
        RateLimitConfig.Limit named = caller.clientId() != null ? perClient.get(caller.clientId()) : null;
        RateLimitConfig.Limit limit;
        String key;
        if (rule != null) {
            limit = rule.limit;
            key = rule.name + "|" + who;
        } else if (named != null) {
            limit = named;
            key = "client|" + caller.clientId();
        } else {
            limit = caller.isAnonymous() ? anonymous : clients;
            key = "all|" + who;
        }
        long now = System.nanoTime();
        long wait = buckets.get(key, k -> new TokenBucket(limit.requests(), limit.per().toNanos(), now)).tryTake(now);
        if (wait == 0) {
            context.next();
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
        context.request().resume();
        context.response().putHeader("Retry-After", Long.toString(seconds));
        GatewayProblem.TOO_MANY_REQUESTS.send(context.response(), "More than " + limit.requests() + " requests in "
                + limit.per().toSeconds() + " s; try again in " + seconds + " s", path);
    }
}
