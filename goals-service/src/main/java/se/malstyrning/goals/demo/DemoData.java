package se.malstyrning.goals.demo;

import io.quarkus.runtime.StartupEvent;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.persistence.OneInstanceAtATime;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.goals.area.GoalAreaRequest;
import se.malstyrning.goals.area.GoalAreaService;
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.document.DocumentKind;
import se.malstyrning.goals.document.DocumentRequest;
import se.malstyrning.goals.document.DocumentService;
import se.malstyrning.goals.goal.GoalLevel;
import se.malstyrning.goals.goal.GoalRequest;
import se.malstyrning.goals.goal.GoalService;
import se.malstyrning.goals.goal.GoalView;
import se.malstyrning.goals.goal.Horizon;
import se.malstyrning.goals.goal.InternalCategory;
import se.malstyrning.goals.orgunit.OrgUnitKind;
import se.malstyrning.goals.orgunit.OrgUnitRequest;
import se.malstyrning.goals.orgunit.OrgUnitService;
import se.malstyrning.goals.period.MandatePeriodRequest;
import se.malstyrning.goals.period.MandatePeriodService;
import se.malstyrning.goals.period.MandatePeriodView;
import se.malstyrning.goals.vision.VisionRequest;
import se.malstyrning.goals.vision.VisionService;
import se.malstyrning.runtime.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The goal structure of Vaggeryds kommun (0665) from the seed documents KS 2019/017 and
 * KS 2019/160, loaded at start when {@code malstyrning.demo-data.enabled} is set: the
 * organisation, the mandate periods, the vision extended to 2030, the four goal areas, the four
 * council goals 2020–2022 with their Agenda 2030 links, the internal goals, goals and sub-goals of
 * the boards and companies, and steering documents. Paragraphs, board goals and documents are
 * labelled demo where the seeds do not give them. Idempotent: what exists is left alone. It goes
 * through the services, acting as an administrator named {@code demo-data}.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final LocalDate MANDATE_START = LocalDate.of(2019, 1, 1);
    private static final String VISION = "Här gör vi plats för att göra skillnad";
    private static final DecisionRequest KF_GOALS = new DecisionRequest("KF", LocalDate.of(2019, 5, 27), "§ 45 (demo)", "KS 2019/017");

    /** Parents come before their children. */
    private record Unit(String code, String name, OrgUnitKind kind, String parentCode) {
    }

    private static final List<Unit> ORGANISATION = List.of(
            new Unit("KF", "Kommunfullmäktige", OrgUnitKind.COUNCIL, null),
            new Unit("KS", "Kommunstyrelsen", OrgUnitKind.EXECUTIVE_BOARD, "KF"),
            new Unit("KSAU", "Kommunstyrelsens arbetsutskott", OrgUnitKind.COMMITTEE, "KS"),
            new Unit("KLK", "Kommunledningskontoret", OrgUnitKind.DEPARTMENT, "KS"),
            new Unit("BUN", "Barn- och utbildningsnämnden", OrgUnitKind.BOARD, "KF"),
            new Unit("SN", "Socialnämnden", OrgUnitKind.BOARD, "KF"),
            new Unit("MBN", "Miljö- och byggnämnden", OrgUnitKind.BOARD, "KF"),
            new Unit("KFN", "Kultur- och fritidsnämnden", OrgUnitKind.BOARD, "KF"),
            new Unit("TN", "Tekniska nämnden", OrgUnitKind.BOARD, "KF"),
            new Unit("VEAB", "Vaggeryds Energi AB", OrgUnitKind.COMPANY, "KF"),
            new Unit("VBAB", "Vaggeryds Bostads AB", OrgUnitKind.COMPANY, "KF"));

    private record Area(int number, String name, List<String> keywords, List<String> questions) {
    }

    private static final List<Area> AREAS = List.of(
            new Area(1, "Hållbar tillväxt och samhällsplanering", List.of("Hållbar tillväxt", "Samhällsplanering", "Hela kommunen"),
                    List.of("Hur växer vi hållbart i hela kommunen? (demo)")),
            new Area(2, "Utbildning, arbete och näringsliv", List.of("Sysselsättning", "Näringsliv", "Utbildning med god kvalitet"),
                    List.of("Vad behövs för att fler ska få arbete? (demo)")),
            new Area(3, "Kunskap, hälsa och fritid", List.of("Kunskapsnivå", "Aktiv fritid", "Kulturliv", "God hälsa"),
                    List.of("Vad ger en aktiv fritid för alla åldrar? (demo)")),
            new Area(4, "Delaktighet, tillgänglighet och trygghet", List.of("Attraktivitet", "Trygghet", "Tillgänglighet", "Delaktighet"),
                    List.of("Hur kan fler känna delaktighet och påverka? (demo)")));

    private record CouncilGoal(String code, int area, String title, List<String> sdgTargets) {
    }

    private static final String PLACE = "Vaggeryds kommun ska vara en plats ";
    private static final List<CouncilGoal> COUNCIL_GOALS = List.of(
            new CouncilGoal("KF1", 1, PLACE + "med hållbar samhällsutveckling och tillväxt i hela kommunen",
                    List.of("11.3", "11.6", "8.2", "7.2", "13.2")),
            new CouncilGoal("KF2", 2, PLACE + "med hög sysselsättning, ett varierat näringsliv och en utbildning med god kvalitet",
                    List.of("8.5", "8.6", "4.1", "4.3", "4.4")),
            new CouncilGoal("KF3", 3, PLACE + "med en hög kunskapsnivå, en aktiv fritid och ett rikt kulturliv – för en god hälsa",
                    List.of("3.4", "3.5", "4.6", "11.4")),
            new CouncilGoal("KF4", 4, PLACE + "som är attraktiv, trygg och tillgänglig – där alla känner delaktighet och kan påverka",
                    List.of("10.2", "11.7", "16.1", "16.7", "5.5")));

    private record BoardGoal(String code, String owner, String title, List<String> councilGoals, Horizon horizon,
                             List<String> targetGroups, List<String> subGoals) {
    }

    private static final List<BoardGoal> BOARD_GOALS = List.of(
            new BoardGoal("BUN1", "BUN", "Alla barn och elever utvecklas så långt som möjligt mot kunskapsmålen (demo)",
                    List.of("KF2", "KF3"), Horizon.STRUCTURAL, List.of("Barn och elever", "Vårdnadshavare"),
                    List.of("Andelen elever behöriga till gymnasiet ökar (demo)", "Andelen elever med examen inom fyra år ökar (demo)")),
            new BoardGoal("SN1", "SN", "Invånare får tidiga och samordnade insatser för ett självständigt liv (demo)",
                    List.of("KF4"), Horizon.SHORT_TERM, List.of("Äldre", "Personer med funktionsnedsättning"),
                    List.of("Fler får insatser inom en vecka efter ansökan (demo)")),
            new BoardGoal("MBN1", "MBN", "Planberedskapen ger plats för bostäder och företag i hela kommunen (demo)",
                    List.of("KF1"), Horizon.STRUCTURAL, List.of("Företagare", "Invånare"), List.of()),
            new BoardGoal("KFN1", "KFN", "Fler invånare deltar i kultur- och fritidsaktiviteter (demo)",
                    List.of("KF3"), Horizon.SHORT_TERM, List.of("Föreningar", "Unga"),
                    List.of("Besöken på biblioteken ökar (demo)")),
            new BoardGoal("TN1", "TN", "Trygga och tillgängliga offentliga miljöer (demo)",
                    List.of("KF1", "KF4"), Horizon.SHORT_TERM, List.of("Invånare"), List.of()),
            new BoardGoal("VEAB1", "VEAB", "Andelen förnybar energi i fjärrvärmen ökar (demo)",
                    List.of("KF1"), Horizon.STRUCTURAL, List.of("Kunder"), List.of()),
            new BoardGoal("VBAB1", "VBAB", "Fler attraktiva och tillgängliga bostäder (demo)",
                    List.of("KF4"), Horizon.STRUCTURAL, List.of("Hyresgäster"), List.of()));

    /** The energy company's goal, which the environmental policy maps to. */
    static final String ENERGY_GOAL = "VEAB1";

    private final OrgUnitService orgUnits;
    private final MandatePeriodService periods;
    private final VisionService visions;
    private final GoalAreaService areas;
    private final GoalService goals;
    private final DocumentService documents;
    private final CurrentIdentityAssociation identity;
    private final boolean enabled;
    private final OneInstanceAtATime oneAtATime;

    public DemoData(OneInstanceAtATime oneAtATime, OrgUnitService orgUnits, MandatePeriodService periods, VisionService visions, GoalAreaService areas,
                    GoalService goals, DocumentService documents, CurrentIdentityAssociation identity,
                    @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.orgUnits = orgUnits;
        this.periods = periods;
        this.visions = visions;
        this.areas = areas;
        this.goals = goals;
        this.documents = documents;
        this.identity = identity;
        this.enabled = enabled;
        this.oneAtATime = oneAtATime;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            // Replicas starting together on an empty database: one loads, the others then find it loaded.
            oneAtATime.run("demo-data", this::load);
        }
    }

    @ActivateRequestContext
    public void load() {
        identity.setIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("demo-data")).addRole(Roles.ADMIN).build());
        ORGANISATION.forEach(this::ensure);
        periods.findByCode("2015-2018").orElseGet(() -> periods.create(new MandatePeriodRequest("2015-2018", "Mandatperioden 2015–2018", 2015, 2018)));
        periods.findByCode("2023-2026").orElseGet(() -> periods.create(new MandatePeriodRequest("2023-2026", "Mandatperioden 2023–2026", 2023, 2026)));
        MandatePeriodView period = periods.findByCode("2019-2022")
                .orElseGet(() -> periods.create(new MandatePeriodRequest("2019-2022", "Mandatperioden 2019–2022", 2019, 2022)));
        ensureVision();
        AREAS.forEach(area -> areas.findByNumber(area.number()).orElseGet(() -> areas.create(new GoalAreaRequest(
                area.number(), area.name(), null, area.keywords(), area.questions(), GoalStatus.ADOPTED))));
        List<UUID> councilGoals = COUNCIL_GOALS.stream().map(goal -> ensureCouncilGoal(period, goal)).toList();
        ensureInternalGoals(period);
        List<UUID> boardGoals = BOARD_GOALS.stream().map(goal -> ensureBoardGoal(period, goal)).toList();
        ensureDocuments(councilGoals, boardGoals);
        LOG.infof("Demo data: the goal structure of Vaggeryds kommun is in place (%d council goals, %d board goals)",
                councilGoals.size(), boardGoals.size());
    }

    private void ensure(Unit demo) {
        if (orgUnits.findByCode(demo.code()).isPresent()) {
            return;
        }
        UUID parent = demo.parentCode() == null ? null : orgUnit(demo.parentCode());
        orgUnits.create(new OrgUnitRequest(demo.code(), demo.name(), demo.kind(), parent, MANDATE_START, null));
    }

    /** Recorded as first adopted, then extended to 2030 by KF on 25 February 2019 as a new version that replaced it. */
    private void ensureVision() {
        if (visions.list().stream().anyMatch(vision -> vision.text().equals(VISION))) {
            return;
        }
        List<String> coreValues = List.of("Engagemang (demo)", "Respekt (demo)", "Nytänkande (demo)");
        var vision = visions.create(new VisionRequest(VISION, coreValues,
                LocalDate.of(2015, 1, 1), LocalDate.of(2022, 12, 31),
                new DecisionRequest("KF", LocalDate.of(2015, 6, 22), "§ 80 (demo)", "KS 2015/100 (demo)")));
        var extended = visions.newVersion(vision.id());
        extended = visions.update(extended.id(), "\"" + extended.version() + "\"", new VisionRequest(vision.text(), coreValues,
                LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31), null));
        visions.adopt(extended.id(), new DecisionRequest("KF", LocalDate.of(2019, 2, 25), "§ 12 (demo)", "KS 2019/017"));
    }

    private UUID ensureCouncilGoal(MandatePeriodView period, CouncilGoal demo) {
        return goals.findCurrent(period.id(), demo.code()).map(GoalView::id).orElseGet(() -> {
            GoalView goal = goals.create(new GoalRequest(demo.code(), demo.title(), null, GoalLevel.COUNCIL, null, period.id(),
                    null, areas.findByNumber(demo.area()).orElseThrow().id(), null, null, orgUnit("KF"),
                    List.of("Invånare", "Företagare", "Föreningar"), List.of("Agenda 2030"), Horizon.STRUCTURAL,
                    "Ambitionsnivå för mandatperioden enligt definitionen av måluppfyllelse (demo)",
                    "Inriktning mot 2030 enligt visionen (demo)", demo.sdgTargets()));
            return goals.adopt(goal.id(), KF_GOALS).id();
        });
    }

    private void ensureInternalGoals(MandatePeriodView period) {
        record Internal(String code, InternalCategory category, String title) {
        }
        List.of(new Internal("INT-EKO", InternalCategory.ECONOMY, "God ekonomisk hushållning (demo)"),
                new Internal("INT-HR", InternalCategory.HR_POLICY, "Attraktiv arbetsgivare (demo)"),
                new Internal("INT-MILJO", InternalCategory.ENVIRONMENT, "Det egna miljöarbetet minskar klimatpåverkan (demo)"))
                .forEach(demo -> {
                    if (goals.findCurrent(period.id(), demo.code()).isEmpty()) {
                        GoalView goal = goals.create(new GoalRequest(demo.code(), demo.title(), null, GoalLevel.INTERNAL,
                                demo.category(), period.id(), null, null, null, null, orgUnit("KF"), null, null,
                                Horizon.SHORT_TERM, null, null, null));
                        goals.adopt(goal.id(), KF_GOALS);
                    }
                });
    }

    private UUID ensureBoardGoal(MandatePeriodView period, BoardGoal demo) {
        return goals.findCurrent(period.id(), demo.code()).map(GoalView::id).orElseGet(() -> {
            DecisionRequest boardDecision = new DecisionRequest(demo.owner(), LocalDate.of(2019, 12, 10), "§ 101 (demo)",
                    demo.owner() + " 2019/200 (demo)");
            List<UUID> contributions = demo.councilGoals().stream()
                    .map(code -> goals.findCurrent(period.id(), code).orElseThrow().id()).toList();
            GoalView goal = goals.create(new GoalRequest(demo.code(), demo.title(), null, GoalLevel.BOARD, null, period.id(),
                    null, null, null, contributions, orgUnit(demo.owner()), demo.targetGroups(), null, demo.horizon(),
                    null, null, null));
            goals.adopt(goal.id(), boardDecision);
            for (int i = 0; i < demo.subGoals().size(); i++) {
                GoalView subGoal = goals.create(new GoalRequest(demo.code() + "." + (i + 1), demo.subGoals().get(i), null,
                        GoalLevel.SUB_GOAL, null, period.id(), 2020 + i, null, goal.id(), null, orgUnit(demo.owner()),
                        demo.targetGroups(), null, Horizon.SHORT_TERM, null, null, null));
                goals.adopt(subGoal.id(), boardDecision);
            }
            return goal.id();
        });
    }

    private void ensureDocuments(List<UUID> councilGoals, List<UUID> boardGoals) {
        String programme = "Strategiskt utvecklings- och hållbarhetsprogram";
        if (!documents.existsWithTitle(programme)) {
            documents.create(new DocumentRequest(programme, DocumentKind.PROGRAMME,
                    orgUnit("KF"), null, "KS 2019/160", LocalDate.of(2030, 12, 31), councilGoals,
                    List.of("11.3", "8.5", "4.1", "3.4", "16.7"), false, null));
        }
        String policy = "Miljöpolicy (demo)";
        if (documents.existsWithTitle(policy)) {
            return;
        }
        // The environmental policy's renewable energy is the energy company's goal (VEAB1), beside KF-mål 1.
        UUID energyGoal = boardGoals.get(BOARD_GOALS.indexOf(BOARD_GOALS.stream()
                .filter(goal -> goal.code().equals(ENERGY_GOAL)).findFirst().orElseThrow()));
        documents.create(new DocumentRequest(policy, DocumentKind.POLICY, orgUnit("KF"),
                LocalDate.of(2016, 3, 1), "KS 2016/044 (demo)", null, List.of(councilGoals.getFirst(), energyGoal),
                List.of("13.2", "7.2"), true,
                "Bilaga: policyns mål styrs och följs upp genom KF-mål 1 och bolagens mål om förnybar energi (demo)"));
    }

    private UUID orgUnit(String code) {
        return orgUnits.findByCode(code).orElseThrow().id();
    }
}
