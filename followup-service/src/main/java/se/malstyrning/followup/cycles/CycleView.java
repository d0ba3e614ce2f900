package se.malstyrning.followup.cycles;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;
import se.malstyrning.runtime.rest.Links;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FollowUpCycle")
public record CycleView(UUID id, CycleKind kind, int year, @OmittedWhenNull UUID mandatePeriodId, String title,
                        LocalDate deadline, long version,
                        @Schema(description = "The cycle's goal fulfilment report (open data with the approved assessments)",
                                example = "https://malstyrning.kommun.se/followup/v1/reports/goal-fulfilment?cycleId=0f8fad5b-d9cb-469f-a165-70867728950e")
                        URI reportUrl) {

    static CycleView of(FollowUpCycle cycle) {
        return new CycleView(cycle.id, cycle.kind, cycle.year, cycle.mandatePeriodId, cycle.title, cycle.deadline,
                cycle.version, Links.goalFulfilmentReport(cycle.id));
    }
}
