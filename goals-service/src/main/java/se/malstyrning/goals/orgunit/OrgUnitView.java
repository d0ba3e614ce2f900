package se.malstyrning.goals.orgunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "OrgUnit")
public record OrgUnitView(
        UUID id,
        @Schema(example = "BUN") String code,
        @Schema(example = "Barn- och utbildningsnämnden") String name,
        OrgUnitKind kind,
        @OmittedWhenNull UUID parentId,
        @OmittedWhenNull LocalDate validFrom,
        @OmittedWhenNull LocalDate validTo,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static OrgUnitView of(OrgUnit unit) {
        return new OrgUnitView(unit.id, unit.code, unit.name, unit.kind, unit.parentId, unit.validFrom,
                unit.validTo, unit.version, unit.createdAt, unit.createdBy, unit.updatedAt, unit.updatedBy);
    }
}
