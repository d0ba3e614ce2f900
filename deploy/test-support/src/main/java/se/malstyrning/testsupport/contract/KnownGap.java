package se.malstyrning.testsupport.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Classes of mismatch between the services and their documents that are known and not yet fixed.
 * A response in one of them is counted and reported ({@code [contract-validation]}), not failed;
 * every other mismatch fails the test. Each class names the fix that removes it.
 */
enum KnownGap {

    /**
     * The operation returns a plain JAX-RS {@code Response} and documents its status without a body
     * schema, so its body is not described at all. Fix: {@code @APIResponse} with the schema on the
     * resource method. (A field missing from a documented schema still fails.)
     */
    UNDOCUMENTED_BODY,

    /**
     * A field of a documented body is {@code null} and the document does not say it may be
     * ({@code nullable}). Fix: mark the optional fields of the views nullable in the document.
     */
    NULL_NOT_DOCUMENTED;

    /**
     * @param operation the documented operation the request matched, or a missing node
     */
    static Optional<KnownGap> of(ValidationReport.Message message, JsonNode operation, int status) {
        if (message.getKey().equals("validation.response.body.unexpected")) {
            JsonNode documented = operation.path("responses").path(String.valueOf(status));
            return !documented.isMissingNode() && !documented.has("content") ? Optional.of(UNDOCUMENTED_BODY) : Optional.empty();
        }
        if (message.getKey().startsWith("validation.response.body.schema.") && onlyNulls(message)) {
            return Optional.of(NULL_NOT_DOCUMENTED);
        }
        return Optional.empty();
    }

    /** The message, or every message nested in it (allOf, anyOf), is about a null value. */
    private static boolean onlyNulls(ValidationReport.Message message) {
        if (message.getNestedMessages().isEmpty()) {
            return message.getMessage().contains("Instance type (null)") || message.getMessage().contains("Instance value (null)");
        }
        return message.getNestedMessages().stream().allMatch(KnownGap::onlyNulls);
    }
}
