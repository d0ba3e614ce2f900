package se.malstyrning.indicators.municipality;

/** Where a municipality group comes from: the reference data (a county, all municipalities) or an administrator. */
public enum GroupKind {
    COUNTY, ALL_MUNICIPALITIES, DEFINED
}
