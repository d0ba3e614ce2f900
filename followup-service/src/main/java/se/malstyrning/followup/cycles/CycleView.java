package se.malstyrning.followup.cycles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FollowUpCycle")
public record CycleView(UUID id, CycleKind kind, int year, @OmittedWhenNull UUID mandatePeriodId, String title,
                        LocalDate deadline, long version) {

    static CycleView of(FollowUpCycle cycle) {
        return new CycleView(cycle.id, cycle.kind, cycle.year, cycle.mandatePeriodId, cycle.title, cycle.deadline,
                cycle.version);
    }
}
