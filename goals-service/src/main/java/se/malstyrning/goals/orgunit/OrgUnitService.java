package se.malstyrning.goals.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrgUnitService {

    private final OrgUnitRepository orgUnits;

    public OrgUnitService(OrgUnitRepository orgUnits) {
        this.orgUnits = orgUnits;
    }

    public Page<OrgUnitView> list(Optional<OrgUnitKind> kind, int limit, int offset) {
        Page<OrgUnit> page = orgUnits.page(kind, limit, offset);
        return new Page<>(page.items().stream().map(OrgUnitView::of).toList(), page.total(), limit, offset);
    }

    public OrgUnitView get(UUID id) {
        return OrgUnitView.of(orgUnits.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("org unit", id)));
    }

    @Transactional
    public OrgUnitView create(OrgUnitRequest request) {
        if (orgUnits.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflictOnField("code", "an org unit with code " + request.code() + " exists");
        }
        if (request.parentId() != null && orgUnits.findByIdOptional(request.parentId()).isEmpty()) {
            throw ProblemException.unprocessableField("parentId", "no org unit with this id");
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
        OrgUnit unit = new OrgUnit();
        unit.code = request.code();
        unit.name = request.name();
        unit.kind = request.kind();
        unit.parentId = request.parentId();
        unit.validFrom = request.validFrom();
        unit.validTo = request.validTo();
        orgUnits.persistAndFlush(unit);
        return OrgUnitView.of(unit);
    }
}
