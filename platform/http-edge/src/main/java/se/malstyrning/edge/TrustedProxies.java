package se.malstyrning.edge;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trusted proxies ({@code quarkus.http.proxy.trusted-proxies}) are addresses and networks only,
 * never host names: a server that starts with a name among them refuses to start.
 *
 * <p>Quarkus resolves every name of the list again for each request it checks (with Vert.x's DNS
 * client, uncached, 5 s before it gives up), whoever sends the request, before anything answers it.
 * An IPv6 address written without brackets is such a name too: {@code ::1} reads as the host
 * {@code :} with port 1, so that every request waited for a DNS answer about {@code :}; in a pod,
 * where that answer never came, 5 s each. Write {@code [::1]} or {@code ::1/128}.
 */
@Singleton
public class TrustedProxies {

    static final String PROPERTY = "quarkus.http.proxy.trusted-proxies";

    /** What Quarkus reads as a network (its own pattern); anything else is an address, or a name. */
    private static final Pattern CIDR = Pattern.compile(".+/\\d+");

    private final Config config;

    public TrustedProxies(Config config) {
        this.config = config;
    }

    void check(@Observes StartupEvent startup) {
        List<String> names = names(config.getOptionalValues(PROPERTY, String.class).orElse(List.of()));
        if (!names.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " names hosts " + names + ", which would be looked up in DNS"
                    + " on every request: give addresses or networks only (an IPv6 address in brackets, [::1],"
                    + " or as a network, ::1/128)");
        }
    }

    /** The entries Quarkus would look up as host names. */
    static List<String> names(List<String> entries) {
        InetSocketAddressConverter addresses = new InetSocketAddressConverter();
        return entries.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty() && !CIDR.matcher(entry).matches() && !"localhost".equals(entry))
                .filter(entry -> isName(addresses, entry))
                .toList();
    }

    private static boolean isName(InetSocketAddressConverter addresses, String entry) {
        try {
            InetSocketAddress address = addresses.convert(entry);
            return address == null || address.isUnresolved() || address.getAddress() == null;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }
}
