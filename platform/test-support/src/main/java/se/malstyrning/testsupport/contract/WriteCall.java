package se.malstyrning.testsupport.contract;

import java.nio.charset.StandardCharsets;

/**
 * A valid call of one write operation against data made for it: what the write rules are tried on.
 * {@code ifMatch} is the version an update is made against, or null to take the ETag of a GET of
 * the same path.
 */
public record WriteCall(String method, String path, String contentType, String body, String bearer, String ifMatch) {

    public static WriteCall post(String bearer, String path, String json) {
        return new WriteCall("POST", path, json == null ? null : "application/json", json, bearer, null);
    }

    public static WriteCall put(String bearer, String path, String json) {
        return new WriteCall("PUT", path, "application/json", json, bearer, null);
    }

    public static WriteCall delete(String bearer, String path) {
        return new WriteCall("DELETE", path, null, null, bearer, null);
    }

    public WriteCall withContentType(String type) {
        return new WriteCall(method, path, type, body, bearer, ifMatch);
    }

    public WriteCall against(String version) {
        return new WriteCall(method, path, contentType, body, bearer, version);
    }

    byte[] bytes() {
        return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }
}
