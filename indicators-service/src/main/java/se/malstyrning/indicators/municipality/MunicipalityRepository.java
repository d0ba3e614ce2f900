package se.malstyrning.indicators.municipality;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, String> {

    /** Those with these codes (all when empty), whose title contains {@code title}, of {@code type} (K or L), by code. */
    public Page<Municipality> page(List<String> codes, Optional<String> title, Optional<String> type, int limit, int offset) {
        return Page.of(find("(:noCodes = true or code in :codes) and (:title is null or lower(title) like :title)"
                        + " and (:type is null or type = :type)", Sort.by("code"),
                Parameters.with("noCodes", codes.isEmpty()).and("codes", codes.isEmpty() ? List.of("") : codes)
                        .and("title", title.map(text -> "%" + text.toLowerCase() + "%").orElse(null))
                        .and("type", type.orElse(null))), limit, offset);
    }

    /** The titles (Vaggeryd) of those codes that name a municipality, region or the country. */
    public Map<String, String> titles(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("code in ?1", Set.copyOf(codes)).stream()
                .collect(Collectors.toMap(municipality -> municipality.code, municipality -> municipality.title));
    }

    public Optional<String> title(String code) {
        return findByIdOptional(code).map(municipality -> municipality.title);
    }

    /** The given codes that name no municipality, region or the country, in the order given. */
    public List<String> unknown(List<String> codes) {
        Set<String> known = titles(codes).keySet();
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }

    public Map<String, Municipality> byCode(Collection<String> codes) {
        return list("code in ?1", Set.copyOf(codes)).stream()
                .collect(Collectors.toMap(municipality -> municipality.code, Function.identity()));
    }
}
