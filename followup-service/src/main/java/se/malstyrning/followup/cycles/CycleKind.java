package se.malstyrning.followup.cycles;

/** Nuläge before the ambition is set, delårsrapport, årsredovisning. */
public enum CycleKind {
    BASELINE, INTERIM, ANNUAL
}
