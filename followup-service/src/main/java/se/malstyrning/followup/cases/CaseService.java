package se.malstyrning.followup.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    /** The municipality's calendar day decides whether a meeting has been held. */
    private static final ZoneId MUNICIPALITY_TIME = ZoneId.of("Europe/Stockholm");

    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final Caller caller;

    public CaseService(CaseRepository cases, MeetingRepository meetings, Caller caller) {
        this.cases = cases;
        this.meetings = meetings;
        this.caller = caller;
    }

    /** The cases, or the one with the registration number given; without a token their public records. */
    public Page<CaseView> list(String registrationNumber, int limit, int offset) {
        Page<CaseView> page;
        if (registrationNumber == null) {
            page = cases.page(limit, offset).map(CaseView::of);
        } else {
            RegistrationNumber number = RegistrationNumber.parse(registrationNumber)
                    .orElseThrow(() -> ProblemException.invalidField("registrationNumber",
                            "must have the form BODY YYYY/NNN, e.g. KS 2019/160"));
            page = cases.page(number, limit, offset).map(CaseView::of);
        }
        return asTheCallerMaySee(page);
    }

    public CaseView get(UUID id) {
        CaseView found = CaseView.of(cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("case", id)));
        return asTheCallerMaySee(new Page<>(List.of(found), 1, 1, 0)).items().getFirst();
    }

    /** Whether the caller sees only public records (no token, or none of the realm's roles). */
    public boolean publicOnly() {
        return !caller.mayRead();
    }

    /** Meetings held on or before today are public; those still to come are not yet. */
    public static LocalDate today() {
        return LocalDate.now(MUNICIPALITY_TIME);
    }

    private Page<CaseView> asTheCallerMaySee(Page<CaseView> page) {
        if (!publicOnly()) {
            return page;
        }
        Set<UUID> published = meetings.heldBy(page.items().stream().map(CaseView::id).toList(), today());
        return page.map(view -> view.publicRecord(published.contains(view.id())));
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
