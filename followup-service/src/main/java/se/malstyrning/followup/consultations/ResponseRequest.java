package se.malstyrning.followup.consultations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.util.List;
import java.util.UUID;

@Schema(name = "ResponseRequest", description = "A recipient's answer, or a new revision of it. DECLINED takes no goal comments.")
public record ResponseRequest(
        @Schema(description = "The recipient org unit answering (its id); it or orgUnitCode is required for the first answer") UUID orgUnitId,
        @NotNull Position position,
        @Size(max = 20000) @Schema(example = "Nämnden ställer sig bakom förslaget.") String text,
        @Size(max = 100) List<@Valid @NotNull GoalComment> goalComments,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version revised, when not sent in If-Match") Long version,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The recipient org unit answering, by its code (instead of orgUnitId; both must name the same)",
                example = "BUN") String orgUnitCode) {

    /** An answer naming its org unit by id only (as the demo data writes it). */
    public ResponseRequest(UUID orgUnitId, Position position, String text, List<GoalComment> goalComments, Long version) {
        this(orgUnitId, position, text, goalComments, version, null);
    }

    List<GoalComment> goalCommentsOrEmpty() {
        return goalComments == null ? List.of() : goalComments;
    }
}
