package se.malstyrning.followup.consultations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ResponseRequest", description = "A recipient's answer, or a new revision of it. DECLINED takes no goal comments.")
public record ResponseRequest(
        @Schema(description = "The recipient org unit answering; required for the first answer") UUID orgUnitId,
        @NotNull Position position,
        @Size(max = 20000) @Schema(example = "Nämnden ställer sig bakom förslaget.") String text,
        @Size(max = 100) List<@Valid @NotNull GoalComment> goalComments,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version revised, when not sent in If-Match") Long version) {

    List<GoalComment> goalCommentsOrEmpty() {
        return goalComments == null ? List.of() : goalComments;
    }
}
