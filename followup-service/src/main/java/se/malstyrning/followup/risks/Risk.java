package se.malstyrning.followup.risks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A risk a board sees counteracting its goals, assessed for a year. */
@Entity
@Table(name = "risk")
@InChangeFeed(type = "RISK", path = "/followup/v1/risks/")
public class Risk extends AuditedEntity {

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "org_unit_code", nullable = false, length = 32)
    public String orgUnitCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 300)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RiskCategory category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_ids", nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    @Column(nullable = false)
    public int probability;

    @Column(nullable = false)
    public int consequence;

    @Column(name = "risk_value", nullable = false)
    public int riskValue;

    public RiskScore score() {
        return new RiskScore(probability, consequence);
    }

    void assess(RiskScore score) {
        probability = score.probability();
        consequence = score.consequence();
        riskValue = score.value();
    }
}
