package se.malstyrning.indicators.target;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The values a target sets: baseline (nuläge), desired and accepted value, and the direction toward 2030. */
@Embeddable
public class TargetLevels {

    @Column(name = "baseline_value", nullable = false)
    public double baselineValue;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Column(name = "desired_value", nullable = false)
    public double desiredValue;

    @Column(name = "desired_year", nullable = false)
    public int desiredYear;

    @Column(name = "accepted_value", nullable = false)
    public double acceptedValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction_2030", nullable = false)
    public Direction direction2030;

    TargetLevels copy() {
        TargetLevels copy = new TargetLevels();
        copy.baselineValue = baselineValue;
        copy.baselineYear = baselineYear;
        copy.desiredValue = desiredValue;
        copy.desiredYear = desiredYear;
        copy.acceptedValue = acceptedValue;
        copy.direction2030 = direction2030;
        return copy;
    }

    static TargetLevels of(TargetRequest request) {
        TargetLevels levels = new TargetLevels();
        levels.baselineValue = request.baselineValue();
        levels.baselineYear = request.baselineYear();
        levels.desiredValue = request.desiredValue();
        levels.desiredYear = request.desiredYear();
        levels.acceptedValue = request.acceptedValue();
        levels.direction2030 = request.direction2030();
        return levels;
    }
}
