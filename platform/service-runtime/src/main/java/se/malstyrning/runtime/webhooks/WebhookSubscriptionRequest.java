package se.malstyrning.runtime.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "WebhookSubscriptionRequest", description = "A subscription to events of this service")
public record WebhookSubscriptionRequest(
        @Schema(description = "Where the events are POSTed (https; loopback, link-local and the suite's own hosts are refused)",
                example = "https://portal.bun.example.se/hooks/malstyrning")
        @NotBlank @Size(max = 2000) String callbackUrl,
        @Schema(description = "The event types wanted (see docs/webhooks.md)", example = "[\"goal.adopted\"]")
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 100) String> eventTypes,
        @Schema(description = "Only events concerning this org unit (code); required of a board editor, one of its own", example = "BUN")
        @Size(max = 50) String orgUnit,
        @Schema(description = "Only events of this mandate period") UUID mandatePeriodId,
        @Schema(description = "The signing secret, whsec_ and the base64 of 24 to 64 random bytes; left out, one is made"
                + " and shown once in the answer to the creation")
        @Size(max = 200) String secret,
        @Size(max = 500) String description,
        @Schema(description = "PAUSED stops delivery, ACTIVE resumes it (and retries what waits at once); ACTIVE when left out")
        WebhookSubscription.Status status) {
}
