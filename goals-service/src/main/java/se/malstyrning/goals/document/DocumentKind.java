package se.malstyrning.goals.document;

/** The kinds of steering document (styrdokument). */
public enum DocumentKind {
    POLICY, PROGRAMME, PLAN, GUIDELINE
}
