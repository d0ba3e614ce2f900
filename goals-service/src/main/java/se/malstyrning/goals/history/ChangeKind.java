package se.malstyrning.goals.history;

import org.hibernate.envers.RevisionType;

public enum ChangeKind {
    CREATED, CHANGED, DELETED;

    static ChangeKind of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> CHANGED;
            case DEL -> DELETED;
        };
    }

    static ChangeKind of(int envers) {
        return of(RevisionType.fromRepresentation((byte) envers));
    }
}
