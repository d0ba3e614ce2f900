package se.malstyrning.followup.controlplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malstyrning.followup.risks.Risk;
import se.malstyrning.runtime.persistence.AuditedEntity;

/** The control of one risk in the plan: what is checked, how, by whom, when, and how its follow-up went. */
@Entity
@Table(name = "internal_control")
public class Control extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public ControlPlan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "risk_id")
    public Risk risk;

    public String what;

    public String method;

    @Column(name = "responsible_role", length = 200)
    public String responsibleRole;

    @Column(length = 200)
    public String timing;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status", nullable = false, length = 32)
    public FollowUpStatus followUpStatus = FollowUpStatus.NOT_STARTED;

    @Column(name = "follow_up_note")
    public String followUpNote;
}
