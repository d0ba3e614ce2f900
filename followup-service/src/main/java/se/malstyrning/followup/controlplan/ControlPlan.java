package se.malstyrning.followup.controlplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.ArrayList;
import java.util.List;

/** The municipality's internkontrollplan for a year, drawn from the largest risks the boards recorded. */
@Entity
@Table(name = "internal_control_plan")
@InChangeFeed(type = "INTERNAL_CONTROL_PLAN", path = "/followup/v1/internal-control-plans/")
public class ControlPlan extends AuditedEntity {

    @Column(nullable = false)
    public int year;

    @Column(name = "min_risk_value", nullable = false)
    public int minRiskValue;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    public List<Control> controls = new ArrayList<>();
}
