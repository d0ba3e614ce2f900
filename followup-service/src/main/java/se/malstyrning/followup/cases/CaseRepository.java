package se.malstyrning.followup.cases;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    public boolean exists(RegistrationNumber number) {
        return byNumber(number).isPresent();
    }

    public Optional<Case> byNumber(RegistrationNumber number) {
        return find("body = ?1 and year = ?2 and number = ?3", number.body(), number.year(), number.number())
                .firstResultOptional();
    }

    /**
     * Takes the next number of the body's series for the year. The upsert locks the counter row, so
     * concurrent openings get distinct numbers; an explicit number moves the series past it.
     */
    public int nextNumber(String body, int year) {
        return ((Number) getEntityManager().createNativeQuery("""
                insert into registration_counter (body, year, last_number) values (:body, :year, 1)
                on conflict (body, year) do update set last_number = registration_counter.last_number + 1
                returning last_number""")
                .setParameter("body", body).setParameter("year", year)
                .getSingleResult()).intValue();
    }

    public void reserve(RegistrationNumber number) {
        getEntityManager().createNativeQuery("""
                insert into registration_counter (body, year, last_number) values (:body, :year, :number)
                on conflict (body, year) do update
                set last_number = greatest(registration_counter.last_number, excluded.last_number)""")
                .setParameter("body", number.body()).setParameter("year", number.year())
                .setParameter("number", number.number())
                .executeUpdate();
    }

    public Page<Case> page(RegistrationNumber number, int limit, int offset) {
        return Page.of(find("body = ?1 and year = ?2 and number = ?3", number.body(), number.year(), number.number()),
                limit, offset);
    }

    public Page<Case> page(int limit, int offset) {
        PanacheQuery<Case> query = findAll(Sort.descending("year").and("body").and("number", Sort.Direction.Descending));
        return Page.of(query, limit, offset);
    }
}
