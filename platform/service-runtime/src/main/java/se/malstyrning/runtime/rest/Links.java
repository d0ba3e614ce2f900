package se.malstyrning.runtime.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The links between the suite's resources, built in one place by one convention (docs/service-contracts.md, "Links across services"): a
 * link is an absolute URL on the suite's public base URL ({@link PublicAddresses}), with the path of
 * the service that owns the resource ({@code /{api}/v1/{resource}/{id}}), in a field named after what
 * it points to with the suffix {@code Url} ({@code decisionUrl}, {@code reportUrl}; a list
 * {@code Urls}), beside the id it is built from. A service may link to another's resource without
 * asking that service: the path follows from the id alone.
 */
public final class Links {

    private Links() {
    }

    /** {@code /goals/v1/goals/{id}}. */
    public static URI goal(UUID id) {
        return PublicAddresses.of("/goals/v1/goals/" + id);
    }

    /** {@code /indicators/v1/indicators/{id}}. */
    public static URI indicator(UUID id) {
        return PublicAddresses.of("/indicators/v1/indicators/" + id);
    }

    /** {@code /followup/v1/cases/{id}}. */
    public static URI caseFile(UUID id) {
        return PublicAddresses.of("/followup/v1/cases/" + id);
    }

    /** {@code /followup/v1/cases/{caseId}/decisions/{id}}. */
    public static URI decision(UUID caseId, UUID id) {
        return PublicAddresses.of("/followup/v1/cases/" + caseId + "/decisions/" + id);
    }

    /** {@code /followup/v1/consultations/{id}}. */
    public static URI consultation(UUID id) {
        return PublicAddresses.of("/followup/v1/consultations/" + id);
    }

    /** {@code /followup/v1/follow-up-cycles/{id}}. */
    public static URI followUpCycle(UUID id) {
        return PublicAddresses.of("/followup/v1/follow-up-cycles/" + id);
    }

    /** {@code /followup/v1/reports/goal-fulfilment?cycleId={id}}: the report of a follow-up cycle. */
    public static URI goalFulfilmentReport(UUID cycleId) {
        return PublicAddresses.of("/followup/v1/reports/goal-fulfilment?cycleId="
                + URLEncoder.encode(cycleId.toString(), StandardCharsets.UTF_8));
    }
}
