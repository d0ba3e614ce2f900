package se.malstyrning.followup.references;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.followup.cases.CaseRepository;
import se.malstyrning.followup.client.GoalRef;
import se.malstyrning.followup.client.Goals;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.runtime.orgunits.OrgUnitDirectory;
import se.malstyrning.runtime.orgunits.OrgUnitKey;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks references as they are written: cases here, goals and org units at goals-service (422 naming the field);
 * org units by id or code as every service takes them ({@link OrgUnitDirectory}).
 */
@ApplicationScoped
public class References implements OrgUnitDirectory<OrgUnitRef> {

    private final CaseRepository cases;
    private final Goals goals;

    public References(CaseRepository cases, Goals goals) {
        this.cases = cases;
        this.goals = goals;
    }

    public void requireCase(UUID caseId) {
        if (caseId != null && cases.findByIdOptional(caseId).isEmpty()) {
            throw ProblemException.unprocessableField("caseId", "no case with id " + caseId);
        }
    }

    public void requireGoals(List<UUID> goalIds) {
        requireDistinct("goalIds", goalIds);
        for (int i = 0; i < goalIds.size(); i++) {
            requireGoal("goalIds[" + i + "]", goalIds.get(i));
        }
    }

    public void requireGoal(String field, UUID id) {
        goal(field, id);
    }

    /** The goal as goals-service shows it to the caller, or a 422 naming the field. */
    public GoalRef goal(String field, UUID id) {
        return goals.goal(id).orElseThrow(() -> ProblemException.unprocessableField(field, "goals-service has no goal " + id));
    }

    /** The org unit a body names by its id field or its code field (one rule: OrgUnitDirectory); required. */
    public OrgUnitRef orgUnit(String idField, UUID id, String codeField, String code) {
        return requiredField(idField, id, codeField, code);
    }

    /** The org units a body names by their ids field or their codes field, in order, each once. */
    public List<OrgUnitRef> orgUnits(String idsField, List<UUID> ids, String codesField, List<String> codes) {
        return fields(idsField, ids, codesField, codes);
    }

    @Override
    public Optional<OrgUnitRef> byId(UUID id) {
        return goals.orgUnit(id);
    }

    @Override
    public Optional<OrgUnitRef> byCode(String code) {
        return goals.orgUnitWithCode(code);
    }

    @Override
    public UUID idOf(OrgUnitRef unit) {
        return unit.id();
    }

    @Override
    public String notFound(OrgUnitKey key) {
        return "goals-service has no org unit with " + key;
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
