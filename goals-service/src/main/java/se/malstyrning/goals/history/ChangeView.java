package se.malstyrning.goals.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.changes.ChangeFeed;
import se.malstyrning.runtime.changes.ChangeKind;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Change", description = "An entry of the change feed")
public record ChangeView(long revision, Instant changedAt, String changedBy,
                         @Schema(example = "GOAL") ResourceType resourceType, UUID resourceId, ChangeKind change,
                         @Schema(example = "/goals/v1/goals/4b0d…") String href) {

    static ChangeView of(ChangeFeed.Entry entry) {
        return new ChangeView(entry.revision(), entry.changedAt(), entry.changedBy(), ResourceType.valueOf(entry.resourceType()),
                entry.resourceId(), entry.change(), entry.href());
    }
}
