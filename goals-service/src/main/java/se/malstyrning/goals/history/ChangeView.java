package se.malstyrning.goals.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Change", description = "An entry of the change feed")
public record ChangeView(long revision, Instant changedAt, String changedBy,
                         @Schema(example = "GOAL") ResourceType resourceType, UUID resourceId, ChangeKind change,
                         @Schema(example = "/goals/v1/goals/4b0d…") String href) {
}
