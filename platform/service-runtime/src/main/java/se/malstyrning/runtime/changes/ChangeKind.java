package se.malstyrning.runtime.changes;

/** What a change did to its resource. */
public enum ChangeKind {
    CREATED, CHANGED, DELETED
}
