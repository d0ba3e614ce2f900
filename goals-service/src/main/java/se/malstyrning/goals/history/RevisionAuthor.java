package se.malstyrning.goals.history;

import org.hibernate.envers.RevisionListener;
import se.malstyrning.runtime.persistence.AuditListener;

/** Names the user behind each change set. */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).changedBy = AuditListener.currentUser();
    }
}
