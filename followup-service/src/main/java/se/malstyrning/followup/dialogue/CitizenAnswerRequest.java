package se.malstyrning.followup.dialogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CitizenAnswerRequest", description = "Anonymous answers: no name, e-mail or other personal data is asked for")
public record CitizenAnswerRequest(
        @Size(max = 100) @Schema(description = "One of the dialogue's target groups, if the citizen wants to say", example = "Pensionärer")
        String targetGroup,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Answer> answers) {

    @Schema(name = "CitizenAnswer")
    public record Answer(
            @NotNull UUID questionId,
            @NotBlank @Size(max = 2000) @Schema(example = "Fler spontanidrottsplatser i Skillingaryd.") String text) {
    }
}
