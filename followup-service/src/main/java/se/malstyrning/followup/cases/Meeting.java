package se.malstyrning.followup.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A sammanträde where the case is on the agenda. */
@Entity
@Table(name = "case_meeting")
@InChangeFeed(type = "MEETING", path = "/followup/v1/cases/{caseId}/meetings/")
public class Meeting extends AuditedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public PathStep step;

    @Column(nullable = false)
    public LocalDate date;

    @Column(length = 32)
    public String paragraph;

    public String note;
}
