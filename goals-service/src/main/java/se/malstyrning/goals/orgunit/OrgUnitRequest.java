package se.malstyrning.goals.orgunit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "OrgUnitRequest", description = "An org unit to create")
public record OrgUnitRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9ÅÄÖåäö_-]+", message = "letters, digits, - and _ only")
        @Schema(example = "BUN") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Barn- och utbildningsnämnden") String name,
        @NotNull @Schema(example = "BOARD") OrgUnitKind kind,
        @Schema(description = "The org unit this one belongs to, by its id; or give parentCode") UUID parentId,
        @Schema(example = "2019-01-01") LocalDate validFrom,
        LocalDate validTo,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The org unit this one belongs to, by its code (instead of parentId; both must name the same)",
                example = "KS") String parentCode) {

    /** A request naming the parent by id only (as the demo data writes it). */
    public OrgUnitRequest(String code, String name, OrgUnitKind kind, UUID parentId, LocalDate validFrom, LocalDate validTo) {
        this(code, name, kind, parentId, validFrom, validTo, null);
    }
}
