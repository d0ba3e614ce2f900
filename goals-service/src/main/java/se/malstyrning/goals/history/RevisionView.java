package se.malstyrning.goals.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.changes.ChangeKind;

import java.time.Instant;
import java.util.List;

@Schema(name = "Revision", description = "One recorded change: who, when, which fields, and the state after it")
public record RevisionView(
        @Schema(description = "The change set's number in the resource's history") long revision,
        Instant changedAt,
        String changedBy,
        ChangeKind change,
        @Schema(description = "The fields this change set changed") List<String> changedFields,
        @Schema(description = "The resource as it was after this change", implementation = Object.class) Object state) {
}
