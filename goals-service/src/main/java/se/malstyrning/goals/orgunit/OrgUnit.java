package se.malstyrning.goals.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A body of the municipality: council, executive board, committee, board, company or department. */
@Entity
@Table(name = "org_unit")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@InChangeFeed(type = "ORG_UNIT", path = "/goals/v1/org-units/", openData = true)
public class OrgUnit extends AuditedEntity {

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public OrgUnitKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
