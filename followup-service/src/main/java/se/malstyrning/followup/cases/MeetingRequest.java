package se.malstyrning.followup.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MeetingRequest")
public record MeetingRequest(
        @NotNull @Schema(example = "KS") PathStep step,
        @NotNull @Schema(example = "2019-06-04") LocalDate date,
        @Size(max = 32) @Schema(example = "§ 112") String paragraph,
        @Size(max = 5000) String note) {
}
