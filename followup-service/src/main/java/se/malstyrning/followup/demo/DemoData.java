package se.malstyrning.followup.demo;

import io.quarkus.runtime.StartupEvent;
import se.malstyrning.runtime.persistence.OneInstanceAtATime;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.followup.cases.CaseRequest;
import se.malstyrning.followup.cases.CaseService;
import se.malstyrning.followup.cases.MeetingRequest;
import se.malstyrning.followup.cases.MeetingService;
import se.malstyrning.followup.cases.PathStep;
import se.malstyrning.followup.cases.RegistrationNumber;
import se.malstyrning.followup.decisions.DecisionRequest;
import se.malstyrning.followup.decisions.DecisionService;
import se.malstyrning.followup.dialogue.DialogueForm;
import se.malstyrning.followup.dialogue.DialogueRequest;
import se.malstyrning.followup.dialogue.DialogueService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The story of the seed documents, loaded at start when {@code malstyrning.demo-data.enabled} is
 * set: the two cases with their meetings and decisions, the citizen dialogue of 1 April 2019, and
 * the remiss of KS 2019/160 ({@link DemoConsultation}).
 * Roles are named, never persons; paragraph numbers and dates the seeds do not give are marked as
 * demo. Idempotent: a registered case or a recorded dialogue is left alone.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String DEMO = " (Demodata.)";

    private record DemoCase(CaseRequest request, List<MeetingRequest> meetings, List<DecisionRequest> decisions) {
    }

    private static final List<DemoCase> CASES = List.of(
            new DemoCase(new CaseRequest("KS", 2019, "KS 2019/017", "Nya mål för mandatperioden",
                    "Verksamhetsutvecklare, kommunledningskontoret", null,
                    "Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslag till nya mål för mandatperioden."
                            + " Kommunstyrelsen uppdrar till kommunledningskontoret att påbörja framtagandet av ett"
                            + " strategiskt utvecklingsprogram som skall förtydliga målens innebörd."),
                    List.of(new MeetingRequest(PathStep.AU, LocalDate.of(2019, 4, 10), null,
                                    "Förslag till nya fullmäktigemål formuleras."),
                            new MeetingRequest(PathStep.KS, LocalDate.of(2019, 5, 8), null, "Möjlighet till revidering."),
                            new MeetingRequest(PathStep.KF, LocalDate.of(2019, 5, 27), null, "Godkännande av målen.")),
                    List.of(new DecisionRequest(DemoDecisionGoals.BODY, DemoDecisionGoals.DATE, DemoDecisionGoals.PARAGRAPH,
                            "Kommunfullmäktige godkänner de nya målen för mandatperioden 2020–2022: Vaggeryds kommun ska"
                                    + " vara en plats 1. med hållbar samhällsutveckling och tillväxt i hela kommunen,"
                                    + " 2. med hög sysselsättning, ett varierat näringsliv och en utbildning med god kvalitet,"
                                    + " 3. med en hög kunskapsnivå, en aktiv fritid och ett rikt kulturliv – för en god hälsa,"
                                    + " 4. som är attraktiv, trygg och tillgänglig – där alla känner delaktighet och kan påverka."
                                    + DEMO,
                            List.of("Samtliga nämnder", "Kommunens ledningsgrupp"), null, null, null))),
            new DemoCase(new CaseRequest("KS", 2019, "KS 2019/160", "Strategiskt utvecklings- och hållbarhetsprogram",
                    "Verksamhetsutvecklare, kommunledningskontoret", "Kommunchef",
                    "Arbetsutskottet föreslår kommunstyrelsen att godkänna nuläget av måluppfyllelse för"
                            + " kommunfullmäktiges fyra övergripande mål. Arbetsutskottet ger kommunledningskontoret i"
                            + " uppdrag att skicka definitionen av måluppfyllelse med ambitionsnivå för mandatperioden"
                            + " och inriktning mot 2030 på remiss till nämnder och bolag inför godkännande av programmet."),
                    List.of(new MeetingRequest(PathStep.AU, LocalDate.of(2019, 12, 4), null,
                                    "Nuläget av måluppfyllelse presenteras." + DEMO),
                            new MeetingRequest(PathStep.KS, LocalDate.of(2019, 12, 18), null,
                                    "Godkännande av nuläget." + DEMO)),
                    List.of(new DecisionRequest("KSAU", LocalDate.of(2019, 12, 4), "§ 2 (demo)",
                            "Arbetsutskottet ger kommunledningskontoret i uppdrag att skicka definitionen av"
                                    + " måluppfyllelse på remiss till nämnder och bolag." + DEMO,
                            List.of("Kommunens ledningsgrupp", "Vaggeryds kommuns nämnder och bolag"), null, null, null))));

    private static final List<String> GOAL_AREAS = List.of("Hållbar tillväxt och samhällsplanering",
            "Utbildning, arbete och näringsliv", "Kunskap, hälsa och fritid", "Delaktighet, tillgänglighet och trygghet");

    private static final DialogueRequest DIALOGUE = new DialogueRequest("Medborgardialog om nya övergripande mål",
            LocalDate.of(2019, 4, 1), DialogueForm.WORKSHOP,
            List.of("Företagare", "Föreningar", "Pensionärer", "Gymnasieelever", "Politiker", "Medarbetare",
                    "Fackliga organisationer", "Målgrupp 8 (ej namngiven i underlaget)",
                    "Målgrupp 9 (ej namngiven i underlaget)"),
            100, true,
            GOAL_AREAS.stream().map(area -> new DialogueRequest.Question(null, area,
                    "Vad betyder " + area.toLowerCase() + " för dig i Vaggeryds kommun?" + DEMO)).toList());

    private static final int CONSULTATION_ATTEMPTS = 30;
    private static final Duration CONSULTATION_RETRY = Duration.ofSeconds(10);

    private final CaseService cases;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final DialogueService dialogues;
    private final DemoConsultation consultation;
    private final DemoDecisionGoals decisionGoals;
    private final boolean enabled;
    private final OneInstanceAtATime oneAtATime;

    public DemoData(OneInstanceAtATime oneAtATime, CaseService cases, MeetingService meetings, DecisionService decisions, DialogueService dialogues,
                    DemoConsultation consultation, DemoDecisionGoals decisionGoals,
                    @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.decisionGoals = decisionGoals;
        this.cases = cases;
        this.meetings = meetings;
        this.decisions = decisions;
        this.dialogues = dialogues;
        this.consultation = consultation;
        this.enabled = enabled;
        this.oneAtATime = oneAtATime;
    }

    /** goals-service starts beside this service, so the consultation waits in the background for its org units. */
    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            // Replicas starting together on an empty database: one loads, the others then find it loaded.
            oneAtATime.run("demo-data", this::load);
            Thread.ofVirtual().name("demo-consultation").start(this::loadConsultationWhenGoalsServiceIsReady);
        }
    }

    private void loadConsultationWhenGoalsServiceIsReady() {
        try {
            boolean consultationLoaded = false;
            boolean goalsListed = false;
            for (int attempt = 1; attempt <= CONSULTATION_ATTEMPTS && !(consultationLoaded && goalsListed); attempt++) {
                if (!consultationLoaded && oneAtATime.run("demo-consultation", consultation::load)) {
                    LOG.info("Demo data: the consultation of KS 2019/160 is in place");
                    consultationLoaded = true;
                }
                if (!goalsListed && oneAtATime.run("demo-decision-goals", decisionGoals::load)) {
                    LOG.info("Demo data: the KF decision on KS 2019/017 lists the goals it adopted");
                    goalsListed = true;
                }
                if (!(consultationLoaded && goalsListed)) {
                    Thread.sleep(CONSULTATION_RETRY);
                }
            }
            if (!consultationLoaded) {
                LOG.warn("Demo data: goals-service never named the recipients; the demo consultation was not loaded");
            }
            if (!goalsListed) {
                LOG.warn("Demo data: goals-service never named the council goals; the KF decision lists none");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void load() {
        int added = 0;
        for (DemoCase demo : CASES) {
            if (!cases.isRegistered(RegistrationNumber.parse(demo.request().registrationNumber()).orElseThrow())) {
                UUID caseId = cases.open(demo.request()).id();
                demo.meetings().forEach(meeting -> meetings.plan(caseId, meeting));
                demo.decisions().forEach(decision -> decisions.record(caseId, decision));
                added++;
            }
        }
        boolean dialogueAdded = !dialogues.exists(DIALOGUE.title(), DIALOGUE.date());
        if (dialogueAdded) {
            dialogues.create(DIALOGUE);
        }
        LOG.infof("Demo data: %d cases with their meetings and decisions added%s", added,
                dialogueAdded ? ", and the citizen dialogue of 1 April" : "");
    }
}
