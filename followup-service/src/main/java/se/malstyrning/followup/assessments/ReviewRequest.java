package se.malstyrning.followup.assessments;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRequest", description = "The office's comment when approving or returning an assessment")
public record ReviewRequest(@Size(max = 10000) @Schema(example = "Komplettera med analys per målgrupp.") String comment) {
}
