package se.malstyrning.followup.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document the consultation refers to, by link. */
@Schema(name = "Attachment")
public record Attachment(
        @NotBlank @Size(max = 300) @Schema(example = "Definition av måluppfyllelse") String title,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
        @Schema(example = "https://www.vaggeryd.se/remiss/maluppfyllelse.pdf") String url) {
}
