package se.malstyrning.runtime.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A receiver's wish to be told of events of this service. Only basic columns: the event types are
 * one comma-separated text column, never a {@code List<String>} attribute, whose mapping (an array
 * or JSON) each service chooses for its own entities.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {

    public enum Status { ACTIVE, PAUSED }

    @Column(name = "callback_url", nullable = false, length = 2000)
    public String callbackUrl;

    /** The event types wanted, comma-separated. */
    @Column(name = "event_types", nullable = false, length = 4000)
    public String eventTypes;

    @Column(name = "org_unit_code", length = 50)
    public String orgUnitCode;

    @Column(name = "mandate_period_id")
    public UUID mandatePeriodId;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(length = 500)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    /** When the receiver began failing, without a success since; null while it answers. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "paused_reason", length = 500)
    public String pausedReason;

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(",")).filter(type -> !type.isBlank()).toList();
    }

    public boolean wants(String type, String eventOrgUnit, UUID eventPeriod) {
        return eventTypeList().contains(type)
                && (orgUnitCode == null || orgUnitCode.equals(eventOrgUnit))
                && (mandatePeriodId == null || mandatePeriodId.equals(eventPeriod));
    }
}
