package se.malstyrning.goals.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.malstyrning.goals.orgunit.OrgUnitKind;
import se.malstyrning.goals.orgunit.OrgUnitRequest;
import se.malstyrning.goals.orgunit.OrgUnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The organisation of Vaggeryds kommun (0665) from the seed documents, loaded at start when
 * {@code malstyrning.demo-data.enabled} is set. Idempotent: what exists (by code) is left alone.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final LocalDate MANDATE_START = LocalDate.of(2019, 1, 1);

    private final OrgUnitService orgUnits;
    private final boolean enabled;

    public DemoData(OrgUnitService orgUnits, @ConfigProperty(name = "malstyrning.demo-data.enabled") boolean enabled) {
        this.orgUnits = orgUnits;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

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
            new Unit("VBAB", "Kommunala bostadsbolaget (demo)", OrgUnitKind.COMPANY, "KF"));

    @Transactional
    public void load() {
        int added = 0;
        for (Unit unit : ORGANISATION) {
            added += ensure(unit) ? 1 : 0;
        }
        LOG.infof("Demo data: %d org units added", added);
    }

    private boolean ensure(Unit demo) {
        if (orgUnits.findByCode(demo.code()).isPresent()) {
            return false;
        }
        UUID parent = demo.parentCode() == null ? null : orgUnits.findByCode(demo.parentCode()).orElseThrow().id();
        orgUnits.create(new OrgUnitRequest(demo.code(), demo.name(), demo.kind(), parent, MANDATE_START, null));
        return true;
    }
}
