package se.malstyrning.indicators.kolada;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.indicators.catalogue.IndicatorRepository;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.indicators.municipality.MunicipalityGroupService;
import se.malstyrning.indicators.municipality.MunicipalityRepository;
import se.malstyrning.indicators.observation.ObservationStore;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Kolada v3's metadata: key figures and their groups, municipalities and their groups, organisational units. */
@ApplicationScoped
public class KoladaMetadataService {

    private static final Set<String> MUNICIPALITY_TYPES = Set.of("K", "L");

    private final IndicatorRepository indicators;
    private final KpiGroups kpiGroups;
    private final MunicipalityRepository municipalities;
    private final MunicipalityGroupService municipalityGroups;
    private final ObservationStore observations;
    private final Goals goals;
    private final String homeMunicipality;

    public KoladaMetadataService(IndicatorRepository indicators, KpiGroups kpiGroups, MunicipalityRepository municipalities,
                                 MunicipalityGroupService municipalityGroups, ObservationStore observations, Goals goals,
                                 @ConfigProperty(name = "malstyrning.home-area") String homeMunicipality) {
        this.indicators = indicators;
        this.kpiGroups = kpiGroups;
        this.municipalities = municipalities;
        this.municipalityGroups = municipalityGroups;
        this.observations = observations;
        this.goals = goals;
        this.homeMunicipality = homeMunicipality;
    }

    @Transactional
    public Page<KoladaKpi> kpis(String ids, String title, KoladaPaging paging) {
        Page<Indicator> page = indicators.byCodesAndTitle(ids(KoladaService.KPI, ids), text(title), paging.perPage(), paging.offset());
        Set<UUID> withUnitData = observations.indicatorsWithData(page.items().stream().map(indicator -> indicator.id).toList(),
                observations.organisationalUnits());
        return page.map(indicator -> KoladaKpi.of(indicator, withUnitData.contains(indicator.id)));
    }

    @Transactional
    public Page<KoladaGroup> kpiGroups(String ids, String title, KoladaPaging paging) {
        List<String> wanted = ids("kpi_group", ids);
        boolean withGoalAreas = wanted.isEmpty() || wanted.stream().anyMatch(id -> id.startsWith(KpiGroups.GOAL_AREA));
        return paging.slice(kpiGroups.all(withGoalAreas).stream()
                .filter(group -> wanted.isEmpty() || wanted.contains(group.id()))
                .filter(group -> matches(group.title(), title))
                .toList());
    }

    @Transactional
    public Page<KoladaMunicipality> municipalities(String ids, String title, String type, KoladaPaging paging) {
        Optional<String> kind = text(type).map(String::strip);
        if (kind.isPresent() && !MUNICIPALITY_TYPES.contains(kind.get())) {
            throw ProblemException.invalidField("type", "must be K (municipality) or L (region or the country)");
        }
        return municipalities.page(ids(KoladaService.MUNICIPALITY, ids), text(title), kind, paging.perPage(), paging.offset())
                .map(KoladaMunicipality::of);
    }

    public Page<KoladaGroup> municipalityGroups(String ids, String title, KoladaPaging paging) {
        return municipalityGroups.list(ids("municipality_group", ids), text(title), paging.perPage(), paging.offset())
                .map(group -> new KoladaGroup(group.code(), group.title(), group.members().stream()
                        .map(member -> new KoladaGroup.Member(member.code(), member.title())).toList()));
    }

    /**
     * The organisational units that report observations, all of the home municipality, named as goals-service
     * names them (their code where it does not); an empty list where none report.
     */
    public Page<KoladaOrganisationalUnit> organisationalUnits(String ids, String title, String municipality, KoladaPaging paging) {
        List<String> wanted = ids(KoladaService.OU, ids);
        List<String> inMunicipality = ids(KoladaService.MUNICIPALITY, municipality);
        List<String> codes = observations.organisationalUnits().stream()
                .filter(code -> wanted.isEmpty() || wanted.contains(code)).toList();
        if (codes.isEmpty() || !(inMunicipality.isEmpty() || inMunicipality.contains(homeMunicipality))) {
            return paging.slice(List.of());
        }
        Map<String, String> names = goals.orgUnitNames();
        return paging.slice(codes.stream()
                .map(code -> new KoladaOrganisationalUnit(code, homeMunicipality, names.getOrDefault(code, code)))
                .filter(unit -> matches(unit.title(), title))
                .toList());
    }

    private static List<String> ids(String segment, String ids) {
        return ids == null ? List.of() : KoladaIds.split(segment, ids);
    }

    private static Optional<String> text(String text) {
        return Optional.ofNullable(text).filter(value -> !value.isBlank());
    }

    private static boolean matches(String value, String title) {
        return text(title).map(wanted -> value.toLowerCase().contains(wanted.toLowerCase())).orElse(true);
    }
}
