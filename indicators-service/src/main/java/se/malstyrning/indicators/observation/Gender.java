package se.malstyrning.indicators.observation;

import se.malstyrning.runtime.problem.ProblemException;

/** Kolada's gender codes: total, women (kvinnor), men (män). */
public enum Gender {
    T("Totalt"), K("Kvinnor"), M("Män");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** What a person reads: Totalt, Kvinnor, Män. */
    public String label() {
        return label;
    }

    /** The gender a code names; 400 naming the field otherwise. */
    public static Gender parse(String field, String code) {
        for (Gender gender : values()) {
            if (gender.name().equals(code)) {
                return gender;
            }
        }
        throw ProblemException.invalidField(field, "unknown gender code '" + code + "', use T, K or M");
    }
}
