package se.malstyrning.followup.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A beslut: what a body decided on a case, at which meeting and paragraph, and whom it is sent to. */
@Entity
@Table(name = "decision")
@InChangeFeed(type = "DECISION", path = "/followup/v1/cases/{caseId}/decisions/")
public class Decision extends AuditedEntity {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false, length = 16)
    public String body;

    @Column(nullable = false)
    public LocalDate date;

    @Column(nullable = false, length = 32)
    public String paragraph;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sent_to", nullable = false)
    public List<String> sentTo = new ArrayList<>();

    @Column(name = "consultation_id")
    public UUID consultationId;

    /** Goals goals-service has confirmed as adopted by this decision. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "adopted_goal_ids", nullable = false)
    public List<UUID> adoptedGoalIds = new ArrayList<>();
}
