package se.malstyrning.runtime.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event in the outbox, written in the transaction of the change it tells of; its body is sent as it is. */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 100)
    public String type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "org_unit_code", length = 50)
    public String orgUnitCode;

    @Column(name = "mandate_period_id")
    public UUID mandatePeriodId;

    /** The JSON body sent to every receiver. */
    @Column(nullable = false)
    public String body;
}
