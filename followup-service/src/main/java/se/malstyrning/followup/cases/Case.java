package se.malstyrning.followup.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

/** An ärende: a matter prepared by the office and decided by a body, known by its registration number. */
@Entity
@Table(name = "case_file")
@InChangeFeed(type = "CASE", path = "/followup/v1/cases/")
public class Case extends AuditedEntity {

    @Column(nullable = false, length = 16)
    public String body;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "case_officer_role", length = 200)
    public String caseOfficerRole;

    @Column(name = "responsible_manager_role", length = 200)
    public String responsibleManagerRole;

    public String proposal;

    public RegistrationNumber registrationNumber() {
        return new RegistrationNumber(body, year, number);
    }
}
