package se.malstyrning.goals.orgunit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "OrgUnitRequest", description = "An org unit to create")
public record OrgUnitRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9ÅÄÖåäö_-]+", message = "letters, digits, - and _ only")
        @Schema(example = "BUN") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Barn- och utbildningsnämnden") String name,
        @NotNull @Schema(example = "BOARD") OrgUnitKind kind,
        @Schema(description = "The org unit this one belongs to") UUID parentId,
        @Schema(example = "2019-01-01") LocalDate validFrom,
        LocalDate validTo) {
}
