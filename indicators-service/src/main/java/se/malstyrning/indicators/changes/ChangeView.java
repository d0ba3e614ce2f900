package se.malstyrning.indicators.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.changes.ChangeFeed;
import se.malstyrning.runtime.changes.ChangeKind;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Change", description = "An entry of the change feed")
public record ChangeView(@Schema(description = "The change set's position in the feed") long revision,
                         Instant changedAt, String changedBy, ResourceType resourceType, UUID resourceId,
                         ChangeKind change, @Schema(example = "/indicators/v1/…") String href) {

    static ChangeView of(ChangeFeed.Entry entry) {
        return new ChangeView(entry.revision(), entry.changedAt(), entry.changedBy(), ResourceType.valueOf(entry.resourceType()),
                entry.resourceId(), entry.change(), entry.href());
    }
}
