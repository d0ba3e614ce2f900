package se.malstyrning.followup.consultations;

import se.malstyrning.runtime.orgunits.OrgUnitDirectory;
import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.util.Optional;
import java.util.UUID;

/** The recipients of one consultation, looked up by org unit id or code as every org unit is (OrgUnitDirectory). */
final class Recipients implements OrgUnitDirectory<Recipient> {

    private final Consultation consultation;

    Recipients(Consultation consultation) {
        this.consultation = consultation;
    }

    @Override
    public Optional<Recipient> byId(UUID id) {
        return consultation.recipient(id);
    }

    @Override
    public Optional<Recipient> byCode(String code) {
        return consultation.recipients.stream().filter(recipient -> recipient.orgUnitCode.equals(code)).findFirst();
    }

    @Override
    public UUID idOf(Recipient recipient) {
        return recipient.orgUnitId;
    }

    @Override
    public String notFound(OrgUnitKey key) {
        return "is not a recipient of this consultation (org unit with " + key + ")";
    }
}
