package se.malstyrning.indicators.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.Instant;
import java.util.UUID;

/** An earlier state of a target, written by the database on every change and deletion. */
@Entity
@Immutable
@Table(name = "target_revision")
public class TargetRevision extends AuditedEntity {

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "target_version", nullable = false)
    public long targetVersion;

    @Embedded
    public TargetLevels levels;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
