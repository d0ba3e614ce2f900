package se.malstyrning.indicators.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

/** An Agenda 2030 target (such as 4.1 or 11.a) that an indicator follows. */
@Entity
@Table(name = "indicator_sdg_target")
public class IndicatorSdgTarget extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(name = "sdg_target", nullable = false, length = 8)
    public String sdgTarget;
}
