package se.malstyrning.goals.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 169 targets of Agenda 2030, numbered like {@code 4.1} or {@code 4.a}. */
@Entity
@Table(name = "sdg_target")
public class SdgTarget {

    @Id
    public String code;

    @Column(name = "goal_number", nullable = false)
    public int goalNumber;

    /** Order within all targets, so that 1.10 follows 1.9 and 1.a follows the numbered ones. */
    @Column(nullable = false)
    public int position;

    @Column(name = "title_en", nullable = false)
    public String titleEn;
}
