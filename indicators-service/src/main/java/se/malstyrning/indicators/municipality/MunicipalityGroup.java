package se.malstyrning.indicators.municipality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.ArrayList;
import java.util.List;

/** A kommungrupp: municipalities compared together, whose data for a key figure is the unweighted mean of its members. */
@Entity
@Table(name = "municipality_group")
@InChangeFeed(type = "MUNICIPALITY_GROUP", path = "/indicators/v1/municipality-groups/", openData = true)
public class MunicipalityGroup extends AuditedEntity {

    /** The id Kolada clients use: GL06 for a county, GALLA, G100001 for one an administrator defined. */
    @Column(nullable = false, length = 16, updatable = false)
    public String code;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public GroupKind kind;

    @ElementCollection
    @CollectionTable(name = "municipality_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "municipality_code", length = 4)
    @OrderBy
    public List<String> members = new ArrayList<>();
}
