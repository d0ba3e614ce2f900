package se.malstyrning.goals.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.orgunit.OrgUnitRepository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final OrgUnitRepository orgUnits;

    DemoDataTest(DemoData demoData, OrgUnitRepository orgUnits) {
        this.demoData = demoData;
        this.orgUnits = orgUnits;
    }

    @Test
    void shouldLoadVaggerydsOrganisationOnceHoweverOftenItRuns() {
        demoData.load();
        long afterFirst = orgUnits.count();
        demoData.load();

        assertEquals(afterFirst, orgUnits.count());
        var board = orgUnits.findByCode("BUN").orElseThrow();
        assertEquals(orgUnits.findByCode("KF").orElseThrow().id, board.parentId);
        assertTrue(orgUnits.findByCode("KSAU").isPresent());
    }
}
