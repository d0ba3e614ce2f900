package se.malstyrning.followup.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;

    public CaseService(CaseRepository cases) {
        this.cases = cases;
    }

    public Page<CaseView> list(int limit, int offset) {
        return cases.page(limit, offset).map(CaseView::of);
    }

    public CaseView get(UUID id) {
        return CaseView.of(cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("case", id)));
    }

    /** The case, locked until the transaction ends, so changes to what belongs to it are made one at a time. */
    public Case lock(UUID id) {
        return cases.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("case", id));
    }

    public boolean isRegistered(RegistrationNumber number) {
        return cases.exists(number);
    }

    @Transactional
    public CaseView open(CaseRequest request) {
        RegistrationNumber number = request.registrationNumber() == null
                ? new RegistrationNumber(request.body(), request.year(), cases.nextNumber(request.body(), request.year()))
                : explicitNumber(request);
        Case opened = new Case();
        opened.body = number.body();
        opened.year = number.year();
        opened.number = number.number();
        opened.title = request.title();
        opened.caseOfficerRole = request.caseOfficerRole();
        opened.responsibleManagerRole = request.responsibleManagerRole();
        opened.proposal = request.proposal();
        cases.persistAndFlush(opened);
        return CaseView.of(opened);
    }

    private RegistrationNumber explicitNumber(CaseRequest request) {
        RegistrationNumber number = RegistrationNumber.parse(request.registrationNumber())
                .orElseThrow(() -> ProblemException.invalidField("registrationNumber",
                        "must have the form BODY YYYY/NNN, e.g. KS 2019/160"));
        if (!number.body().equals(request.body()) || number.year() != request.year()) {
            throw ProblemException.invalidField("registrationNumber", "must belong to the body and year given");
        }
        if (cases.exists(number)) {
            throw ProblemException.conflictOnField("registrationNumber", number + " is already registered");
        }
        cases.reserve(number);
        return number;
    }
}
