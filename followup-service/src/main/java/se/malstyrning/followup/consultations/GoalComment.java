package se.malstyrning.followup.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A recipient's comment on one of the goals the consultation concerns. */
@Schema(name = "GoalComment")
public record GoalComment(
        @NotNull UUID goalId,
        @NotBlank @Size(max = 10000) @Schema(example = "Ambitionsnivån bör sänkas till 2022.") String comment) {
}
