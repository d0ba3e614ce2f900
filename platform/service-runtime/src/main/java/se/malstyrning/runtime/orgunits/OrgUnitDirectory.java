package se.malstyrning.runtime.orgunits;

import se.malstyrning.runtime.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where a service looks an org unit up by id or code: goals-service its own table, the others
 * goals-service (their GoalsClient), a remiss its recipients. The default methods are the one rule
 * every service applies to a request that names org units (docs/service-contracts.md, "Org units by
 * id or code"):
 * <ul>
 *   <li>a query filter takes one parameter whose value is the id or the code; an org unit it does not
 *   name is a 400 naming the parameter;</li>
 *   <li>a body names an org unit by its {@code …Id} field or its {@code …Code} field (lists:
 *   {@code …Ids}, {@code …Codes}); both given must name the same org units (else a 400 naming the code
 *   field); an org unit not found is a 422 naming the field that named it, as an unknown id always was.</li>
 * </ul>
 *
 * @param <T> what the service knows of an org unit
 */
public interface OrgUnitDirectory<T> {

    Optional<T> byId(UUID id);

    Optional<T> byCode(String code);

    UUID idOf(T unit);

    /** Why a key names nothing here, for the problem; a directory narrower than all org units says so. */
    default String notFound(OrgUnitKey key) {
        return "names no org unit (no org unit with " + key + ")";
    }

    default Optional<T> find(OrgUnitKey key) {
        return switch (key) {
            case OrgUnitKey.Id id -> byId(id.id());
            case OrgUnitKey.Code code -> byCode(code.code());
        };
    }

    /** The org unit a query filter names by id or code; empty when not given; a 400 naming the parameter when it names none. */
    default Optional<T> filter(String parameter, String idOrCode) {
        return OrgUnitKey.parse(parameter, idOrCode).map(key -> find(key)
                .orElseThrow(() -> ProblemException.invalidField(parameter, notFound(key))));
    }

    /** The org unit a body names by {@code idField} or {@code codeField}; empty when by neither. */
    default Optional<T> field(String idField, UUID id, String codeField, String code) {
        if (id == null) {
            return OrgUnitKey.parse(codeField, code).map(key -> resolve(codeField, key));
        }
        T unit = resolve(idField, new OrgUnitKey.Id(id));
        if (code != null && find(new OrgUnitKey.Code(code)).map(this::idOf).filter(id::equals).isEmpty()) {
            throw ProblemException.invalidField(codeField, "names another org unit than " + idField + "; give one of them");
        }
        return Optional.of(unit);
    }

    /** As {@link #field}, and a 400 naming {@code idField} when neither is given. */
    default T requiredField(String idField, UUID id, String codeField, String code) {
        return field(idField, id, codeField, code).orElseThrow(() ->
                ProblemException.invalidField(idField, "name the org unit by " + idField + " or " + codeField));
    }

    /**
     * The org units a body names by {@code idsField} or {@code codesField}, in order, each once (a 400
     * naming the second {@code field[i]}); both given must name the same ones.
     */
    default List<T> fields(String idsField, List<UUID> ids, String codesField, List<String> codes) {
        List<T> byId = new ArrayList<>();
        for (int i = 0; ids != null && i < ids.size(); i++) {
            byId.add(resolve(idsField + "[" + i + "]", new OrgUnitKey.Id(ids.get(i))));
        }
        List<T> byCode = new ArrayList<>();
        for (int i = 0; codes != null && i < codes.size(); i++) {
            String field = codesField + "[" + i + "]";
            OrgUnitKey key = OrgUnitKey.parse(field, codes.get(i))
                    .orElseThrow(() -> ProblemException.invalidField(field, "must be an org unit's code"));
            byCode.add(resolve(field, key));
        }
        requireDistinct(idsField, byId);
        requireDistinct(codesField, byCode);
        if (ids != null && !ids.isEmpty() && codes != null && !codes.isEmpty()) {
            if (!idsOf(byId).equals(idsOf(byCode))) {
                throw ProblemException.invalidField(codesField, "names other org units than " + idsField + "; give one of them");
            }
            return byId;
        }
        return byId.isEmpty() ? byCode : byId;
    }

    private T resolve(String field, OrgUnitKey key) {
        return find(key).orElseThrow(() -> ProblemException.unprocessableField(field, notFound(key)));
    }

    private Set<UUID> idsOf(List<T> units) {
        Set<UUID> ids = new HashSet<>();
        units.forEach(unit -> ids.add(idOf(unit)));
        return ids;
    }

    private void requireDistinct(String field, List<T> units) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (!seen.add(idOf(units.get(i)))) {
                throw ProblemException.invalidField(field + "[" + i + "]", "is named twice");
            }
        }
    }
}
