package se.malstyrning.runtime.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard of webhooks: a callback URL must be http(s) with a host, and neither name one of
 * the suite's own hosts nor resolve to a loopback, link-local, wildcard or multicast address,
 * unless an administrator allows private callbacks. Checked when a subscription is written and
 * again before every delivery (a name may resolve elsewhere later).
 */
public final class CallbackAddresses {

    private CallbackAddresses() {
    }

    /** Why {@code url} may not be called back, or empty when it may. */
    public static Optional<String> refusal(String url, boolean allowPrivate, Collection<String> suiteHosts) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (suiteHosts.stream().anyMatch(own -> own.equalsIgnoreCase(bare))) {
            return Optional.of("names one of the suite's own hosts (" + bare + ")");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            // Not known now: it may be later; each delivery checks again where the name leads then.
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                    || address.isMulticastAddress()) {
                return Optional.of("resolves to a loopback, link-local or otherwise private address (" + address.getHostAddress()
                        + "); an administrator may allow such callbacks");
            }
        }
        return Optional.empty();
    }
}
