package se.malstyrning.goals.sdg;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The Agenda 2030 reference data. */
@ApplicationScoped
public class SdgCatalogue {

    public List<SdgGoal> goals() {
        return Panache.getEntityManager().createQuery("from SdgGoal order by number", SdgGoal.class).getResultList();
    }

    public List<SdgTarget> targets() {
        return Panache.getEntityManager().createQuery("from SdgTarget order by position", SdgTarget.class).getResultList();
    }

    /** The codes among these that name no target. */
    public Set<String> unknown(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = Panache.getEntityManager()
                .createQuery("select code from SdgTarget where code in :codes", String.class)
                .setParameter("codes", codes).getResultStream().collect(Collectors.toSet());
        return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
