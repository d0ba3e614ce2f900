package se.malstyrning.followup.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.cases.CaseRepository;
import se.malstyrning.followup.cases.MeetingRepository;
import se.malstyrning.followup.cases.RegistrationNumber;
import se.malstyrning.followup.decisions.DecisionRepository;
import se.malstyrning.followup.dialogue.DialogueRepository;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final DialogueRepository dialogues;

    DemoDataTest(DemoData demoData, CaseRepository cases, MeetingRepository meetings, DecisionRepository decisions,
                 DialogueRepository dialogues) {
        this.demoData = demoData;
        this.cases = cases;
        this.meetings = meetings;
        this.decisions = decisions;
        this.dialogues = dialogues;
    }

    @Test
    void shouldLoadTheSeedsStoryOnceHoweverOftenItRuns() {
        demoData.load();
        long[] afterFirst = {cases.count(), meetings.count(), decisions.count(), dialogues.count()};
        demoData.load();

        assertEquals(afterFirst[0], cases.count());
        assertEquals(afterFirst[1], meetings.count());
        assertEquals(afterFirst[2], decisions.count());
        assertEquals(afterFirst[3], dialogues.count());
        assertTrue(cases.exists(new RegistrationNumber("KS", 2019, 160)));
        assertTrue(cases.exists(new RegistrationNumber("KS", 2019, 17)));
        assertTrue(decisions.exists("KF", LocalDate.of(2019, 5, 27), "§ 1 (demo)"));
        assertTrue(dialogues.exists("Medborgardialog om nya övergripande mål", LocalDate.of(2019, 4, 1)));
    }
}
