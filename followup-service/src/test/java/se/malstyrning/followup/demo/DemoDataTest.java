package se.malstyrning.followup.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.cases.CaseRepository;
import se.malstyrning.followup.cases.RegistrationNumber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final CaseRepository cases;

    DemoDataTest(DemoData demoData, CaseRepository cases) {
        this.demoData = demoData;
        this.cases = cases;
    }

    @Test
    void shouldRegisterTheSeedCasesOnceHoweverOftenItRuns() {
        demoData.load();
        long afterFirst = cases.count();
        demoData.load();

        assertEquals(afterFirst, cases.count());
        assertTrue(cases.exists(new RegistrationNumber("KS", 2019, 160)));
        assertTrue(cases.exists(new RegistrationNumber("KS", 2019, 17)));
    }
}
