package se.malstyrning.indicators.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One Kolada sync as it ran: when, started how, and what came of it. */
@Entity
@Table(name = "kolada_sync_run")
public class SyncRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SyncTrigger trigger;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SyncOutcome outcome;

    @Column(nullable = false)
    public long pages;

    @Column(nullable = false)
    public long rows;

    @Column(nullable = false)
    public long created;

    @Column(nullable = false)
    public long revised;

    @Column(nullable = false)
    public long unchanged;

    @Column(length = 2000)
    public String error;
}
