package se.malstyrning.runtime.problem;

import java.net.URI;

/** The kinds of problem the API reports; each maps to one status and one title. */
public enum ProblemType {
    VALIDATION(400, "Invalid input"),
    MALFORMED_REQUEST(400, "Malformed request body"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Unexpected error"),
    DEPENDENCY_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create("urn:malstyrning:problem:" + name().toLowerCase().replace('_', '-'));
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, java.util.List.of());
    }

    public Problem problem(String detail, java.util.List<Problem.FieldError> errors) {
        return new Problem(uri(), title, status, detail, null, errors);
    }

    /** The problem of a status the API answers (its own kind, or about:blank with the reason phrase for any other). */
    public static Problem of(int status, String reasonPhrase) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type.problem(null);
            }
        }
        String title = reasonPhrase != null ? reasonPhrase
                : status == 414 ? "URI too long" : status == 431 ? "Request header fields too large"
                : status == 501 ? "Not implemented" : "Error";
        return new Problem(URI.create("about:blank"), title, status, null, null, java.util.List.of());
    }
}
