package se.malstyrning.goals.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 17 goals of Agenda 2030 (reference data, loaded by migration). */
@Entity
@Table(name = "sdg_goal")
public class SdgGoal {

    @Id
    public int number;

    @Column(name = "short_title_sv", nullable = false)
    public String shortTitleSv;

    @Column(name = "short_title_en", nullable = false)
    public String shortTitleEn;

    @Column(name = "title_en", nullable = false)
    public String titleEn;
}
