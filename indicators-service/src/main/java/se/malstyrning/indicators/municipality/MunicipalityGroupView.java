package se.malstyrning.indicators.municipality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "MunicipalityGroup", description = "A municipality group (kommungrupp); Kolada clients read it as a municipality_group")
public record MunicipalityGroupView(
        UUID id,
        @Schema(description = "The id in the Kolada-compatible API", example = "G100001") String code,
        String title,
        GroupKind kind,
        List<Member> members,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "MunicipalityGroupMember")
    public record Member(@Schema(example = "0665") String code, @Schema(example = "Vaggeryd") String title) {
    }

    static MunicipalityGroupView of(MunicipalityGroup group, Map<String, String> titles) {
        return new MunicipalityGroupView(group.id, group.code, group.title, group.kind,
                group.members.stream().map(code -> new Member(code, titles.getOrDefault(code, code))).toList(),
                group.version, group.createdAt, group.createdBy, group.updatedAt, group.updatedBy);
    }
}
