package se.malstyrning.followup.cases;

import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CasePathTest {

    private static Meeting meeting(PathStep step, String date) {
        Meeting meeting = new Meeting();
        meeting.step = step;
        meeting.date = LocalDate.parse(date);
        return meeting;
    }

    @Test
    void shouldAcceptTheSeedsPathFromAuThroughKsToKf() {
        List<Meeting> planned = List.of(meeting(PathStep.AU, "2019-05-22"), meeting(PathStep.KS, "2019-06-04"));
        assertDoesNotThrow(() -> CasePath.requireInOrder(planned, PathStep.KF, LocalDate.parse("2019-06-24")));
    }

    @Test
    void shouldRefuseAKfMeetingBeforeTheKsMeeting() {
        List<Meeting> planned = List.of(meeting(PathStep.KS, "2019-06-04"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CasePath.requireInOrder(planned, PathStep.KF, LocalDate.parse("2019-05-27")));
        assertEquals("date", refused.problem().errors().getFirst().field());
    }

    @Test
    void shouldRefuseAnAuMeetingAfterTheKsMeeting() {
        List<Meeting> planned = List.of(meeting(PathStep.KS, "2019-06-04"));
        assertThrows(ProblemException.class,
                () -> CasePath.requireInOrder(planned, PathStep.AU, LocalDate.parse("2019-06-10")));
    }

    @Test
    void shouldAllowAStepToMeetAgain() {
        List<Meeting> planned = List.of(meeting(PathStep.KF, "2019-05-27"));
        assertDoesNotThrow(() -> CasePath.requireInOrder(planned, PathStep.KF, LocalDate.parse("2019-06-24")));
    }
}
