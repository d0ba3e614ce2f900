package se.malstyrning.followup.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Meeting")
public record MeetingView(UUID id, UUID caseId, PathStep step, LocalDate date, String paragraph, String note, long version) {

    static MeetingView of(Meeting meeting) {
        return new MeetingView(meeting.id, meeting.caseId, meeting.step, meeting.date, meeting.paragraph, meeting.note,
                meeting.version);
    }
}
