package se.malstyrning.indicators.kolada;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Following Kolada's paging links in a test of this service alone. */
final class KoladaLinks {

    /** %test.malstyrning.public-base-url: links are written on the suite's public address (the gateway's). */
    static final String PUBLIC_BASE = "https://malstyrning.test";

    private KoladaLinks() {
    }

    /** The link's path and query on this service, after checking that it was written on the public address. */
    static String onThisService(String link) {
        URI uri = URI.create(link);
        assertEquals(URI.create(PUBLIC_BASE).getAuthority(), uri.getAuthority(), link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
