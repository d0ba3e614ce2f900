package se.malstyrning.runtime.rest;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

/**
 * Absolute links the API writes ({@code Location}, {@code Link: rel="next"}, Kolada's
 * {@code next_url}) are built on the suite's configured public base URL
 * ({@code malstyrning.public-base-url}, e.g. {@code https://malstyrning.example.se}: the gateway as
 * clients reach it), never on the request's {@code Host} or forwarded headers, which the caller chooses.
 */
public final class PublicAddresses {

    public static final String BASE_URL = "malstyrning.public-base-url";
    private static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private PublicAddresses() {
    }

    /** The address of the request (its path and query as sent) on the public base URL. */
    public static UriBuilder ofRequest(UriInfo request) {
        return UriBuilder.fromUri(on(base(), request.getRequestUri()));
    }

    /** An address of the API: a path (as it goes on the wire, e.g. {@code /goals/v1/goals/…}) on the public base URL. */
    public static URI of(String rawPath) {
        return on(base(), URI.create(rawPath));
    }

    /** The path and query of {@code address} on {@code base} (whose own path, if any, comes first). */
    static URI on(URI base, URI address) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        String query = address.getRawQuery() == null ? "" : "?" + address.getRawQuery();
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix + address.getRawPath() + query);
    }

    private static URI base() {
        return URI.create(ConfigProvider.getConfig().getOptionalValue(BASE_URL, String.class).orElse(DEFAULT_BASE_URL));
    }
}
