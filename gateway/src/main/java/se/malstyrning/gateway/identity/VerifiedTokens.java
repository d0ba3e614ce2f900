package se.malstyrning.gateway.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.Optional;

/**
 * Tokens whose signature, issuer and audience the gateway has checked, remembered until they
 * expire: a portal sends the same token for minutes, and its signature cannot become wrong in
 * that time. Only a successful check is remembered; the services check every token again.
 */
@ApplicationScoped
class VerifiedTokens {

    private record Verified(String clientId, String subject, long expiresAt) {
    }

    private final Cache<String, Verified> verified;

    VerifiedTokens(IdentityConfig config) {
        this.verified = Caffeine.newBuilder()
                // Its upkeep is done by the calling event loop: handed to the common pool, it would wake a thread every few calls.
                .executor(Runnable::run)
                .maximumSize(config.verifiedTokens())
                .expireAfter(Expiry.<String, Verified>creating((token, entry) ->
                        Duration.ofSeconds(Math.max(0, entry.expiresAt - now()))))
                .build();
    }

    /** The caller of a token verified before and not yet expired. */
    Optional<Caller> callerOf(String token, String address) {
        Verified entry = verified.getIfPresent(token);
        if (entry == null || entry.expiresAt <= now()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(entry.clientId, entry.subject, address));
    }

    void remember(String token, JsonWebToken checked) {
        if (checked.getExpirationTime() > 0) {
            verified.put(token, new Verified(checked.getClaim("azp"), checked.getSubject(), checked.getExpirationTime()));
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
