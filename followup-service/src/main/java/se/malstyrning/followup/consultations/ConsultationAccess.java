package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;
import se.malstyrning.runtime.security.Caller;
import se.malstyrning.runtime.security.Roles;

import java.util.Optional;
import java.util.Set;

/**
 * Who sees which consultation: the office sees all, readers every sent one, a board editor only
 * those sent to its own org units, and answers only for them.
 */
@ApplicationScoped
public class ConsultationAccess {

    private final Caller caller;

    public ConsultationAccess(Caller caller) {
        this.caller = caller;
    }

    public void requireReadable(Consultation consultation) {
        if (caller.actsForEveryOrgUnit()) {
            return;
        }
        if (consultation.status.isDraft()) {
            throw forbidden("An unsent consultation is seen only by the office");
        }
        if (!seesEverySentConsultation() && !consultation.isAddressedToAnyOf(caller.orgUnitCodes())) {
            throw forbidden("The consultation is not addressed to your org units");
        }
    }

    public void requireMayAnswerFor(Recipient recipient) {
        caller.requireActsFor(recipient.orgUnitCode, "answer for the recipient");
    }

    /** The name recorded for what the caller does (the token's user or client). */
    public String callerName() {
        return caller.name();
    }

    public boolean seesDrafts() {
        return caller.actsForEveryOrgUnit();
    }

    /** Empty when the caller sees consultations to every org unit; otherwise the org unit codes it sees. */
    public Optional<Set<String>> visibleRecipients() {
        return seesEverySentConsultation() ? Optional.empty() : Optional.of(caller.orgUnitCodes());
    }

    /** Whether the caller sees the answer of this recipient (boards see their own answers only). */
    public boolean seesAnswerOf(Recipient recipient) {
        return seesEverySentConsultation() || caller.orgUnitCodes().contains(recipient.orgUnitCode);
    }

    private boolean seesEverySentConsultation() {
        return caller.actsForEveryOrgUnit() || caller.hasRole(Roles.READER);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
