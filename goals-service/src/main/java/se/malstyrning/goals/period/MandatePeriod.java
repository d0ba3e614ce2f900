package se.malstyrning.goals.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.List;
import java.util.stream.IntStream;

/** A mandate period (mandatperiod), e.g. 2019–2022, with the budget years inside it. */
@Entity
@Table(name = "mandate_period")
public class MandatePeriod extends AuditedEntity {

    @Column(nullable = false, length = 16)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    public boolean contains(int year) {
        return year >= startYear && year <= endYear;
    }

    public List<Integer> budgetYears() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }
}
