package se.malstyrning.followup.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import io.quarkus.narayana.jta.QuarkusTransaction;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.followup.cases.CaseRepository;
import se.malstyrning.followup.cases.MeetingRepository;
import se.malstyrning.followup.cases.RegistrationNumber;
import se.malstyrning.followup.consultations.Consultation;
import se.malstyrning.followup.consultations.ConsultationRepository;
import se.malstyrning.followup.consultations.ConsultationStatus;
import se.malstyrning.followup.consultations.ResponseRepository;
import se.malstyrning.followup.decisions.Decision;
import se.malstyrning.followup.decisions.DecisionRepository;
import se.malstyrning.followup.dialogue.DialogueRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DemoDataTest {

    private final DemoData demoData;
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final DialogueRepository dialogues;
    private final DemoConsultation demoConsultation;
    private final ConsultationRepository consultations;
    private final ResponseRepository responses;
    private final DemoDecisionGoals decisionGoals;

    DemoDataTest(DemoData demoData, CaseRepository cases, MeetingRepository meetings, DecisionRepository decisions,
                 DialogueRepository dialogues, DemoConsultation demoConsultation, ConsultationRepository consultations,
                 ResponseRepository responses, DemoDecisionGoals decisionGoals) {
        this.decisionGoals = decisionGoals;
        this.demoData = demoData;
        this.cases = cases;
        this.meetings = meetings;
        this.decisions = decisions;
        this.dialogues = dialogues;
        this.demoConsultation = demoConsultation;
        this.consultations = consultations;
        this.responses = responses;
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
        assertTrue(decisions.exists("KF", LocalDate.of(2019, 5, 27), DemoDecisionGoals.PARAGRAPH));
        assertTrue(dialogues.exists("Medborgardialog om nya övergripande mål", LocalDate.of(2019, 4, 1)));
    }

    @Test
    void shouldSendTheRemissToEveryBoardAndCompanyOnceWithSomeAnswered() {
        List.of("BUN", "SN", "MBN", "KFN", "TN", "VEAB", "VBAB").forEach(OwnersStub::orgUnit);
        demoData.load();
        assertTrue(demoConsultation.load());
        assertTrue(demoConsultation.load());

        QuarkusTransaction.requiringNew().run(() -> {
            Consultation remiss = consultations.find("subject", DemoConsultation.SUBJECT).singleResult();
            assertEquals(ConsultationStatus.SENT, remiss.status);
            assertEquals(LocalDate.of(2020, 1, 31), remiss.replyDate);
            assertEquals(7, remiss.recipients.size());
            assertEquals(4, responses.listByConsultation(remiss.id).size());
        });
    }

    @Test
    void shouldDateTheSeededRemissAnswersBetweenSendingAndTheReplyDate() {
        List.of("BUN", "SN", "MBN", "KFN", "TN", "VEAB", "VBAB").forEach(OwnersStub::orgUnit);
        demoData.load();
        assertTrue(demoConsultation.load());

        QuarkusTransaction.requiringNew().run(() -> {
            Consultation remiss = consultations.find("subject", DemoConsultation.SUBJECT).singleResult();
            LocalDate sent = remiss.sentAt.atZone(Consultation.MUNICIPALITY_ZONE).toLocalDate();
            assertTrue(sent.isBefore(remiss.replyDate), "sent " + sent);
            responses.listByConsultation(remiss.id).forEach(response -> {
                LocalDate answered = response.createdAt.atZone(Consultation.MUNICIPALITY_ZONE).toLocalDate();
                assertTrue(!answered.isBefore(sent) && !answered.isAfter(remiss.replyDate), "answered " + answered);
                assertTrue(!response.answer.late);
            });
        });
    }

    @Test
    void shouldListTheGoalsTheKfDecisionAdoptedUnderTheParagraphTheGoalsCite() {
        demoData.load();
        List<UUID> adopted = OwnersStub.adoptedCouncilGoals("""
                {"body": "KF", "date": "2019-05-27", "paragraph": "%s", "registrationNumber": "KS 2019/017"}
                """.formatted(DemoDecisionGoals.PARAGRAPH), "KF1", "KF2", "KF3", "KF4");

        assertTrue(decisionGoals.load());
        assertTrue(decisionGoals.load());

        QuarkusTransaction.requiringNew().run(() -> {
            Decision kf = decisions.find("body = ?1 and date = ?2 and paragraph = ?3", "KF", LocalDate.of(2019, 5, 27),
                    DemoDecisionGoals.PARAGRAPH).singleResult();
            assertEquals(adopted, kf.adoptedGoalIds);
        });
    }
}
