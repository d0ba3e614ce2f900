package se.malstyrning.runtime.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "urn:malstyrning:problem:validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid input")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "title: must not be blank")
        String detail,
        @Schema(description = "The request path", example = "/goals/v1/goals")
        URI instance,
        @Schema(description = "The offending fields, for invalid input")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The field, as a JSON path, query or header name", example = "title")
            String field,
            @Schema(example = "must not be blank")
            String message) {
    }

    public Problem withInstance(URI requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors);
    }
}
