package se.malstyrning.followup.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.followup.cases.CaseRequest;
import se.malstyrning.followup.cases.CaseService;
import se.malstyrning.followup.cases.RegistrationNumber;

import java.util.List;

/**
 * The two cases of the seed documents, loaded at start when {@code malstyrning.demo-data.enabled}
 * is set. Roles are named, never persons. Idempotent: a registered number is left alone.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private static final List<CaseRequest> CASES = List.of(
            new CaseRequest("KS", 2019, "KS 2019/017", "Nya mål för mandatperioden",
                    "Verksamhetsutvecklare, kommunledningskontoret", null,
                    "Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslag till nya mål för mandatperioden."
                            + " Kommunstyrelsen uppdrar till kommunledningskontoret att påbörja framtagandet av ett"
                            + " strategiskt utvecklingsprogram som skall förtydliga målens innebörd."),
            new CaseRequest("KS", 2019, "KS 2019/160", "Strategiskt utvecklings- och hållbarhetsprogram",
                    "Verksamhetsutvecklare, kommunledningskontoret", "Kommunchef",
                    "Arbetsutskottet föreslår kommunstyrelsen att godkänna nuläget av måluppfyllelse för"
                            + " kommunfullmäktiges fyra övergripande mål. Arbetsutskottet ger kommunledningskontoret i"
                            + " uppdrag att skicka definitionen av måluppfyllelse med ambitionsnivå för mandatperioden"
                            + " och inriktning mot 2030 på remiss till nämnder och bolag inför godkännande av programmet."));

    private final CaseService cases;
    private final boolean enabled;

    public DemoData(CaseService cases, @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.cases = cases;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    public void load() {
        int added = 0;
        for (CaseRequest demo : CASES) {
            if (!cases.isRegistered(RegistrationNumber.parse(demo.registrationNumber()).orElseThrow())) {
                cases.open(demo);
                added++;
            }
        }
        LOG.infof("Demo data: %d cases added", added);
    }
}
