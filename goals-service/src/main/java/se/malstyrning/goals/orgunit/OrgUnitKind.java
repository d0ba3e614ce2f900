package se.malstyrning.goals.orgunit;

/** The kinds of body in a municipal organisation. */
public enum OrgUnitKind {
    /** Kommunfullmäktige. */
    COUNCIL,
    /** Kommunstyrelsen. */
    EXECUTIVE_BOARD,
    /** A committee of a board, e.g. KS arbetsutskott. */
    COMMITTEE,
    /** A nämnd. */
    BOARD,
    /** A municipal company (bolag). */
    COMPANY,
    /** A förvaltning or kontor. */
    DEPARTMENT
}
