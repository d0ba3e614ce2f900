package se.malstyrning.indicators.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MunicipalityGroupRequest", description = "A municipality group an administrator defines")
public record MunicipalityGroupRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Jämförbara kommuner, Vaggeryd") String title,
        @NotNull @Size(min = 1, max = 400)
        @Schema(description = "Municipality codes (SCB), each once", example = "[\"0662\", \"0665\", \"0680\"]")
        List<@NotNull @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "must be a municipality code of four digits") String> members) {
}
