package se.malstyrning.indicators.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

/** A key figure (Kolada, SCB) or local measure that goals are followed up by. */
@Entity
@Table(name = "indicator")
@InChangeFeed(type = "INDICATOR", path = "/indicators/v1/indicators/", openData = true)
public class Indicator extends AuditedEntity {

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 300)
    public String title;

    public String description;

    @Column(nullable = false, length = 50)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Quality quality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Horizon horizon;

    @Column(name = "divided_by_gender", nullable = false)
    public boolean dividedByGender;
}
