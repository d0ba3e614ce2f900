package se.malstyrning.goals.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OrgUnitService {

    private final OrgUnitRepository orgUnits;

    public OrgUnitService(OrgUnitRepository orgUnits) {
        this.orgUnits = orgUnits;
    }

    public Page<OrgUnitView> list(Optional<OrgUnitKind> kind, Optional<String> code, int limit, int offset) {
        return orgUnits.page(kind, code, limit, offset).map(OrgUnitView::of);
    }

    public OrgUnitView get(UUID id) {
        return OrgUnitView.of(orgUnits.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("org unit", id)));
    }

    public Optional<OrgUnitView> findByCode(String code) {
        return orgUnits.findByCode(code).map(OrgUnitView::of);
    }

    @Transactional
    public OrgUnitView create(OrgUnitRequest named) {
        OrgUnitRequest request = withParentResolved(named);
        if (orgUnits.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflictOnField("code", "an org unit with code " + request.code() + " exists");
        }
        OrgUnit unit = new OrgUnit();
        apply(unit, request);
        orgUnits.persistAndFlush(unit);
        return OrgUnitView.of(unit);
    }

    /** Changes an org unit made against {@code expectedVersion} (If-Match); 412 when someone changed it since. */
    @Transactional
    public OrgUnitView update(UUID id, String ifMatch, OrgUnitRequest named) {
        OrgUnitRequest request = withParentResolved(named);
        OrgUnit unit = orgUnits.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("org unit", id));
        Versions.requireCurrent(unit.version, ifMatch, null);
        if (!unit.code.equals(request.code()) && orgUnits.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflictOnField("code", "an org unit with code " + request.code() + " exists");
        }
        if (request.parentId() != null && formsCycle(id, request.parentId())) {
            throw ProblemException.unprocessableField("parentId", "would make the org unit its own ancestor");
        }
        apply(unit, request);
        orgUnits.flush();
        return OrgUnitView.of(unit);
    }

    /** The request with its parent named by id, whether it was named by id or by code (one rule: OrgUnitDirectory). */
    private OrgUnitRequest withParentResolved(OrgUnitRequest request) {
        UUID parent = orgUnits.field("parentId", request.parentId(), "parentCode", request.parentCode()).map(unit -> unit.id).orElse(null);
        return new OrgUnitRequest(request.code(), request.name(), request.kind(), parent, request.validFrom(), request.validTo());
    }

    private void apply(OrgUnit unit, OrgUnitRequest request) {
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
        unit.code = request.code();
        unit.name = request.name();
        unit.kind = request.kind();
        unit.parentId = request.parentId();
        unit.validFrom = request.validFrom();
        unit.validTo = request.validTo();
    }

    private boolean formsCycle(UUID unitId, UUID newParentId) {
        Set<UUID> seen = new HashSet<>();
        for (UUID ancestor = newParentId; ancestor != null && seen.add(ancestor);
             ancestor = orgUnits.findByIdOptional(ancestor).map(parent -> parent.parentId).orElse(null)) {
            if (ancestor.equals(unitId)) {
                return true;
            }
        }
        return false;
    }
}
