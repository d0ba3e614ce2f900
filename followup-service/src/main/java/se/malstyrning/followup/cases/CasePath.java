package se.malstyrning.followup.cases;

import se.malstyrning.runtime.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;

/** The path runs AU → KS → KF: no meeting of a later step may come before a meeting of an earlier one. */
public final class CasePath {

    private CasePath() {
    }

    public static void requireInOrder(List<Meeting> planned, PathStep step, LocalDate date) {
        for (Meeting meeting : planned) {
            boolean earlierStepAfter = meeting.step.compareTo(step) < 0 && meeting.date.isAfter(date);
            boolean laterStepBefore = meeting.step.compareTo(step) > 0 && meeting.date.isBefore(date);
            if (earlierStepAfter || laterStepBefore) {
                throw ProblemException.unprocessableField("date", "the " + step + " meeting cannot be on " + date
                        + " when the " + meeting.step + " meeting is on " + meeting.date + "; the path runs AU → KS → KF");
            }
        }
    }
}
