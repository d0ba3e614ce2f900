package se.malstyrning.followup.risks;

/** The usual categories of an internal-control risk analysis. */
public enum RiskCategory {
    EXTERNAL, OPERATIONAL, LEGAL, IT, REPORTING
}
