package se.malstyrning.followup.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeetingService {

    private final CaseService cases;
    private final MeetingRepository meetings;

    public MeetingService(CaseService cases, MeetingRepository meetings) {
        this.cases = cases;
        this.meetings = meetings;
    }

    public List<MeetingView> list(UUID caseId) {
        cases.get(caseId);
        boolean publicOnly = cases.publicOnly();
        LocalDate today = CaseService.today();
        return meetings.listByCase(caseId).stream()
                .filter(meeting -> !publicOnly || !meeting.date.isAfter(today))
                .map(MeetingView::of).toList();
    }

    @Transactional
    public MeetingView plan(UUID caseId, MeetingRequest request) {
        cases.lock(caseId);
        CasePath.requireInOrder(meetings.listByCase(caseId), request.step(), request.date());
        Meeting meeting = new Meeting();
        meeting.caseId = caseId;
        meeting.step = request.step();
        meeting.date = request.date();
        meeting.paragraph = request.paragraph();
        meeting.note = request.note();
        meetings.persistAndFlush(meeting);
        return MeetingView.of(meeting);
    }
}
