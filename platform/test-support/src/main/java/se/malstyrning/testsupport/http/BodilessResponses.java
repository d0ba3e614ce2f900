package se.malstyrning.testsupport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What a response without a body (204, 304, the answer to HEAD) must look like on the wire for a
 * strict HTTP/1.1 client: no {@code Transfer-Encoding} (a strict client would wait for chunks), no
 * {@code Content-Length} on a 204 or 304, and nothing at all after the head on the connection.
 */
public final class BodilessResponses {

    private BodilessResponses() {
    }

    public static void assertBodiless(StrictHttp1Client connection, StrictHttp1Client.Response response, int status) {
        String what = response.statusLine() + " " + response.headers();
        assertEquals(status, response.status(), what);
        assertNull(response.header("Transfer-Encoding"), "Transfer-Encoding on a bodiless response: " + what);
        if (status == 204 || status == 304) {
            assertNull(response.header("Content-Length"), "Content-Length on a " + status + ": " + what);
        }
        assertFalse(connection.sendsMoreWithin(300), "bytes after the head of a bodiless response: " + what);
    }
}
