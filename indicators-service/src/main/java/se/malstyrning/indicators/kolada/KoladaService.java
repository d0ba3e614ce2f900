package se.malstyrning.indicators.kolada;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.indicators.municipality.MunicipalityGroupService;
import se.malstyrning.indicators.observation.AreaKind;
import se.malstyrning.indicators.observation.ObservationFilter;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.indicators.observation.PeriodRow;
import se.malstyrning.indicators.observation.Years;
import se.malstyrning.runtime.paging.Page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Our observations as Kolada v3's data routes serve them: any two of key figure, area and year select
 * rows. A municipality id that names a group (G…) answers the unweighted mean of its members.
 */
@ApplicationScoped
public class KoladaService {

    static final String KPI = "kpi";
    static final String MUNICIPALITY = "municipality";
    static final String OU = "ou";
    static final String YEAR = "year";

    private final ObservationStore observations;
    private final MunicipalityGroupService groups;

    public KoladaService(ObservationStore observations, MunicipalityGroupService groups) {
        this.observations = observations;
        this.groups = groups;
    }

    /**
     * Rows of municipalities and municipality groups; null segments are not part of the route. Municipalities
     * first, then groups, each by key figure, id and period.
     */
    public Page<PeriodRow> municipalityData(String kpis, String municipalities, String years, String fromDate,
                                            KoladaPaging paging) {
        List<String> kpiCodes = ids(KPI, kpis);
        List<Integer> periods = years(years);
        Optional<Instant> since = KoladaDates.fromDate(fromDate);
        List<String> areas = ids(MUNICIPALITY, municipalities);
        List<String> groupCodes = areas.stream().filter(KoladaService::isGroup).toList();
        List<String> codes = areas.stream().filter(id -> !isGroup(id)).toList();
        int offset = paging.offset();
        int limit = paging.perPage();

        List<PeriodRow> groupRows = groupCodes.isEmpty() ? List.of()
                : observations.groupMeans(groups.membersOf(groupCodes), ObservationFilter.of(kpiCodes, List.of(), periods, since));
        boolean noMunicipalities = municipalities != null && codes.isEmpty();
        if (noMunicipalities) {
            return slice(groupRows, offset, limit);
        }
        Page<PeriodRow> municipalityRows = observations.periodRows(ObservationFilter.of(kpiCodes, codes, periods, since),
                AreaKind.MUNICIPALITY, limit, offset);
        if (groupRows.isEmpty()) {
            return municipalityRows;
        }
        List<PeriodRow> page = new ArrayList<>(municipalityRows.items());
        long before = municipalityRows.total();
        int fromGroups = (int) Math.max(0, offset - before);
        page.addAll(groupRows.subList(Math.min(fromGroups, groupRows.size()),
                Math.min(groupRows.size(), fromGroups + limit - page.size())));
        return new Page<>(page, before + groupRows.size(), limit, offset);
    }

    /** Rows of organisational units; null segments are not part of the route. */
    public Page<PeriodRow> organisationalUnitData(String kpis, String units, String years, String fromDate, KoladaPaging paging) {
        ObservationFilter filter = ObservationFilter.of(ids(KPI, kpis), ids(OU, units), years(years), KoladaDates.fromDate(fromDate));
        return observations.periodRows(filter, AreaKind.ORGANISATIONAL_UNIT, paging.perPage(), paging.offset());
    }

    static boolean isGroup(String id) {
        return id.startsWith("G");
    }

    private static List<String> ids(String segment, String ids) {
        return ids == null ? List.of() : KoladaIds.split(segment, ids);
    }

    private static List<Integer> years(String years) {
        return ids(YEAR, years).stream().map(year -> Years.parse(YEAR, year)).toList();
    }

    private static Page<PeriodRow> slice(List<PeriodRow> rows, int offset, int limit) {
        int from = Math.min(rows.size(), offset);
        return new Page<>(rows.subList(from, Math.min(rows.size(), from + limit)), rows.size(), limit, offset);
    }

}
