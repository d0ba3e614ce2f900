package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.followup.cases.CaseRepository;
import se.malstyrning.followup.client.Goals;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Checks what a consultation refers to: its case here, its goals and recipients at goals-service. */
@ApplicationScoped
public class References {

    private final CaseRepository cases;
    private final Goals goals;

    public References(CaseRepository cases, Goals goals) {
        this.cases = cases;
        this.goals = goals;
    }

    void requireCase(UUID caseId) {
        if (caseId != null && cases.findByIdOptional(caseId).isEmpty()) {
            throw ProblemException.unprocessableField("caseId", "no case with id " + caseId);
        }
    }

    void requireGoals(List<UUID> goalIds) {
        requireDistinct("goalIds", goalIds);
        for (int i = 0; i < goalIds.size(); i++) {
            UUID id = goalIds.get(i);
            if (goals.goal(id).isEmpty()) {
                throw ProblemException.unprocessableField("goalIds[" + i + "]", "goals-service has no goal " + id);
            }
        }
    }

    List<OrgUnitRef> orgUnits(List<UUID> orgUnitIds) {
        requireDistinct("recipientOrgUnitIds", orgUnitIds);
        List<OrgUnitRef> units = new ArrayList<>();
        for (int i = 0; i < orgUnitIds.size(); i++) {
            UUID id = orgUnitIds.get(i);
            String field = "recipientOrgUnitIds[" + i + "]";
            units.add(goals.orgUnit(id).orElseThrow(
                    () -> ProblemException.unprocessableField(field, "goals-service has no org unit " + id)));
        }
        return units;
    }

    private static void requireDistinct(String field, List<UUID> ids) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw ProblemException.invalidField(field + "[" + i + "]", "is named twice");
            }
        }
    }
}
