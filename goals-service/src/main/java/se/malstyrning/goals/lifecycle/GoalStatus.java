package se.malstyrning.goals.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** draft → proposed → adopted → archived, or replaced by a newer version. */
public enum GoalStatus {
    DRAFT, PROPOSED, ADOPTED, ARCHIVED, REPLACED;

    /** Adopted goals, and what they became, are open data. */
    public static final Set<GoalStatus> PUBLIC = EnumSet.of(ADOPTED, ARCHIVED, REPLACED);

    /** No longer current: replaced by a newer version, or archived. Kept in history, left out of open lists. */
    public static final Set<GoalStatus> SUPERSEDED = EnumSet.of(ARCHIVED, REPLACED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    public boolean isEditable() {
        return this == DRAFT || this == PROPOSED;
    }
}
