package se.malstyrning.runtime.concurrency;

import jakarta.ws.rs.core.EntityTag;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

/**
 * Lost updates are impossible: every resource's ETag is its version, and a change must name the
 * version it was made against, in {@code If-Match} or in the body's {@code version} field.
 * Missing → 428, stale → 412.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";
    /** The longest {@code If-Match} read (an ETag of this API is a quoted version number). */
    public static final int MAX_IF_MATCH = 64;

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client based its change on.
     *
     * @param ifMatch     the {@code If-Match} header, or null
     * @param bodyVersion the {@code version} field of the body, or null
     */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (ifMatch.length() > MAX_IF_MATCH) {
                throw ProblemException.invalidField(IF_MATCH, "at most " + MAX_IF_MATCH + " characters");
            }
            return parse(ifMatch.strip());
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new ProblemException(ProblemType.PRECONDITION_REQUIRED.problem(
                "Send the version you changed in If-Match (the ETag of your GET) or in the version field"));
    }

    /** Throws 412 unless the client's expected version is the current one. */
    public static void requireCurrent(long current, String ifMatch, Long bodyVersion) {
        long expected = expected(ifMatch, bodyVersion);
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED.problem(
                    "The resource is at version " + current + ", your change was made against version " + expected
                            + "; fetch it again and reapply your change"));
        }
    }

    private static long parse(String ifMatch) {
        String tag = ifMatch.startsWith("W/") ? ifMatch.substring(2) : ifMatch;
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(IF_MATCH, "must be an ETag of this resource, such as \"3\"");
        }
    }
}
