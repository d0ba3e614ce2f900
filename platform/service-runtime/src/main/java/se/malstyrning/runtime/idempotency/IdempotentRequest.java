package se.malstyrning.runtime.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

/** The first answer to a POST sent with an Idempotency-Key; status 0 while it is being processed. Each service has the table. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest extends AuditedEntity {

    @Column(name = "idempotency_key", nullable = false, length = 200)
    public String idempotencyKey;

    @Column(nullable = false, length = 100)
    public String operation;

    @Column(nullable = false, length = 100)
    public String caller;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(length = 1000)
    public String location;

    @Column(length = 100)
    public String etag;

    @Column(nullable = false)
    public String body;
}
