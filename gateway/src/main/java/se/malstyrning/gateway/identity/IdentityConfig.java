package se.malstyrning.gateway.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.regex.Pattern;

/** Which calls need no token at the gateway (the services decide again what each caller may do). */
@ConfigMapping(prefix = "gateway.identity")
public interface IdentityConfig {

    /**
     * Writes open to anyone, as {@code METHOD path-regex}, e.g. the citizen-dialogue answers.
     * Reads (GET, HEAD) are always let through without a token: open data.
     */
    List<String> anonymousWrites();

    /** How many verified tokens are remembered until they expire (0: every token is checked on every call). */
    @WithDefault("10000")
    int verifiedTokens();

    default List<AnonymousWrite> parsedAnonymousWrites() {
        return anonymousWrites().stream().map(AnonymousWrite::parse).toList();
    }

    record AnonymousWrite(String method, Pattern path) {

        static AnonymousWrite parse(String rule) {
            String[] parts = rule.trim().split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("gateway.identity.anonymous-writes: '" + rule
                        + "' is not 'METHOD path-regex'");
            }
            return new AnonymousWrite(parts[0].toUpperCase(), Pattern.compile(parts[1]));
        }

        boolean matches(String requestMethod, String requestPath) {
            return method.equals(requestMethod) && path.matcher(requestPath).matches();
        }
    }
}
