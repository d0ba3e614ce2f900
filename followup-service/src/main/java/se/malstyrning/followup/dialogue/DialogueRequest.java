package se.malstyrning.followup.dialogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "CitizenDialogueRequest")
public record DialogueRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Medborgardialog om nya mål") String title,
        @NotNull @Schema(example = "2019-04-01") LocalDate date,
        @NotNull DialogueForm form,
        @NotNull @Size(max = 30) @Schema(example = "[\"Företagare\", \"Föreningar\", \"Pensionärer\"]")
        List<@NotBlank @Size(max = 100) String> targetGroups,
        @NotNull @Min(0) @Max(1000000) @Schema(example = "100") Integer participants,
        @Schema(description = "Whether citizens may answer the questions digitally without an account; false when left out") Boolean openForAnswers,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Question> questions) {

    @Schema(name = "CitizenDialogueQuestionRequest")
    public record Question(
            @Schema(description = "The goal area (id at goals-service)") UUID goalAreaId,
            @NotBlank @Size(max = 300) @Schema(example = "Kunskap, hälsa och fritid") String goalAreaName,
            @NotBlank @Size(max = 2000) @Schema(example = "Vad behövs för en aktiv fritid i hela kommunen?") String text) {
    }
}
