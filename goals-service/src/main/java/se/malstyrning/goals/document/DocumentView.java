package se.malstyrning.goals.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "SteeringDocument")
public record DocumentView(UUID id, String title, DocumentKind kind, @OmittedWhenNull UUID adoptedByOrgUnitId,
                           @OmittedWhenNull LocalDate adoptedOn, String registrationNumber, @OmittedWhenNull LocalDate validTo,
                           List<UUID> goalIds, List<String> sdgTargets, boolean olderStructure, String appendixNote, long version) {

    /** The same document with only some of its goal links. */
    DocumentView withGoalIds(List<UUID> visibleGoalIds) {
        return new DocumentView(id, title, kind, adoptedByOrgUnitId, adoptedOn, registrationNumber, validTo,
                List.copyOf(visibleGoalIds), sdgTargets, olderStructure, appendixNote, version);
    }

    public static DocumentView of(SteeringDocument document) {
        return new DocumentView(document.id, document.title, document.kind, document.adoptedByOrgUnitId,
                document.adoptedOn, document.registrationNumber, document.validTo, List.copyOf(document.goalIds),
                List.copyOf(document.sdgTargets), document.olderStructure, document.appendixNote, document.version);
    }
}
