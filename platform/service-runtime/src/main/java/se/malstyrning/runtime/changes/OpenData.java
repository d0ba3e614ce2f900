package se.malstyrning.runtime.changes;

/**
 * An entity whose states are open data or not (a draft goal is not, an adopted one is): a change
 * leaving it open is shown in the change feed to callers without a token, others only to the roles
 * that read unpublished material.
 */
public interface OpenData {

    boolean isOpenData();
}
