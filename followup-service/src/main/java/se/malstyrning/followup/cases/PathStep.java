package se.malstyrning.followup.cases;

/** The bodies a case passes on its way to decision, in order: KS arbetsutskott, kommunstyrelsen, kommunfullmäktige. */
public enum PathStep {
    AU, KS, KF
}
