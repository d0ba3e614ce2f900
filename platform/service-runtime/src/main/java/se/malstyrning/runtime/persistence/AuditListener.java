package se.malstyrning.runtime.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import se.malstyrning.runtime.security.Caller;

import java.time.Instant;
import java.util.UUID;

/** Stamps ids and the audit fields from the caller's identity. */
public class AuditListener {

    @PrePersist
    void beforeInsert(AuditedEntity entity) {
        if (entity.id == null) {
            entity.id = UUID.randomUUID();
        }
        Instant now = Instant.now();
        String who = currentUser();
        entity.createdAt = now;
        entity.createdBy = who;
        entity.updatedAt = now;
        entity.updatedBy = who;
    }

    @PreUpdate
    void beforeUpdate(AuditedEntity entity) {
        entity.updatedAt = Instant.now();
        entity.updatedBy = currentUser();
    }

    /** The user name of the current request for audit fields, or "system" outside a request. */
    public static String currentUser() {
        var association = Arc.container().instance(CurrentIdentityAssociation.class);
        if (!association.isAvailable() || !Arc.container().requestContext().isActive()) {
            return Caller.SYSTEM;
        }
        return Caller.nameOf(association.get().getIdentity());
    }
}
