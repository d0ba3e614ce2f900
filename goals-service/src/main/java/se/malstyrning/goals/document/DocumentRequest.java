package se.malstyrning.goals.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "SteeringDocumentRequest")
public record DocumentRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Strategiskt utvecklings- och hållbarhetsprogram") String title,
        @NotNull DocumentKind kind,
        @Schema(description = "The org unit that adopted it, by its id; or give adoptedByOrgUnitCode") UUID adoptedByOrgUnitId,
        LocalDate adoptedOn,
        @Size(max = 32) @Schema(example = "KS 2019/160") String registrationNumber,
        LocalDate validTo,
        @Size(max = 500) @Schema(description = "The goals it is linked to (for an older document: the new goals it maps to)")
        List<@NotNull UUID> goalIds,
        @Size(max = 169) @Schema(example = "[\"11.3\"]") List<@NotBlank @Size(max = 8) String> sdgTargets,
        @Schema(description = "Adopted under an older goal structure") Boolean olderStructure,
        @Size(max = 20000) @Schema(description = "The appendix mapping an older document to the new goals") String appendixNote,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The org unit that adopted it, by its code (instead of adoptedByOrgUnitId; both must name the same)",
                example = "KF") String adoptedByOrgUnitCode) {

    /** A request naming the adopting org unit by id only (as the demo data writes it). */
    public DocumentRequest(String title, DocumentKind kind, UUID adoptedByOrgUnitId, LocalDate adoptedOn, String registrationNumber,
                           LocalDate validTo, List<UUID> goalIds, List<String> sdgTargets, Boolean olderStructure,
                           String appendixNote) {
        this(title, kind, adoptedByOrgUnitId, adoptedOn, registrationNumber, validTo, goalIds, sdgTargets, olderStructure,
                appendixNote, null);
    }
}
