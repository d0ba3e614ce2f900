package se.malstyrning.followup.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.followup.dialogue.DialogueSummary.GoalArea;
import se.malstyrning.followup.dialogue.DialogueSummary.QuestionSummary;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class DialogueService {

    static final String TARGET_GROUP_NOT_GIVEN = "NOT_GIVEN";

    private final DialogueRepository events;
    private final DialogueAnswerRepository answers;
    private final AnswerRateLimit rateLimit;

    public DialogueService(DialogueRepository events, DialogueAnswerRepository answers, AnswerRateLimit rateLimit) {
        this.events = events;
        this.answers = answers;
        this.rateLimit = rateLimit;
    }

    public Page<DialogueView> list(int limit, int offset) {
        return events.page(limit, offset).map(DialogueView::of);
    }

    public DialogueView get(UUID id) {
        return DialogueView.of(find(id));
    }

    public boolean exists(String title, LocalDate date) {
        return events.exists(title, date);
    }

    @Transactional
    public DialogueView create(DialogueRequest request) {
        DialogueEvent event = new DialogueEvent();
        event.title = request.title();
        event.date = request.date();
        event.form = request.form();
        event.targetGroups = List.copyOf(request.targetGroups());
        event.participants = request.participants();
        event.openForAnswers = Boolean.TRUE.equals(request.openForAnswers());
        for (DialogueRequest.Question asked : request.questions()) {
            DialogueQuestion question = new DialogueQuestion();
            question.event = event;
            question.position = event.questions.size() + 1;
            question.goalAreaId = asked.goalAreaId();
            question.goalAreaName = asked.goalAreaName();
            question.text = asked.text();
            event.questions.add(question);
        }
        events.persistAndFlush(event);
        return DialogueView.of(event);
    }

    /** Anonymous answers, limited per client address and dialogue; all of them land or none. */
    @Transactional
    public int answer(UUID id, CitizenAnswerRequest request, String clientAddress) {
        DialogueEvent event = find(id);
        if (!event.openForAnswers) {
            throw ProblemException.conflict("The dialogue does not take digital answers");
        }
        rateLimit.tryAcquire(clientAddress + "|" + id).ifPresent(wait -> {
            throw new TooManyAnswersException(wait);
        });
        if (request.targetGroup() != null && !event.targetGroups.contains(request.targetGroup())) {
            throw ProblemException.unprocessableField("targetGroup", "must be one of the dialogue's target groups: "
                    + String.join(", ", event.targetGroups));
        }
        Set<UUID> questionIds = event.questions.stream().map(question -> question.id).collect(Collectors.toSet());
        for (int i = 0; i < request.answers().size(); i++) {
            CitizenAnswerRequest.Answer given = request.answers().get(i);
            if (!questionIds.contains(given.questionId())) {
                throw ProblemException.unprocessableField("answers[" + i + "].questionId", "is not a question of this dialogue");
            }
            DialogueAnswer answer = new DialogueAnswer();
            answer.questionId = given.questionId();
            answer.targetGroup = request.targetGroup();
            answer.text = given.text().strip();
            answers.persist(answer);
        }
        answers.flush();
        return request.answers().size();
    }

    public DialogueSummary summary(UUID id) {
        DialogueEvent event = find(id);
        Map<UUID, List<DialogueAnswer>> byQuestion = answers.listByQuestions(
                        event.questions.stream().map(question -> question.id).toList())
                .stream().collect(Collectors.groupingBy(answer -> answer.questionId));
        Map<String, List<DialogueQuestion>> byArea = event.questions.stream()
                .collect(Collectors.groupingBy(question -> question.goalAreaName, LinkedHashMap::new, Collectors.toList()));
        List<GoalArea> areas = byArea.values().stream()
                .map(questions -> new GoalArea(questions.getFirst().goalAreaId, questions.getFirst().goalAreaName,
                        questions.stream().map(question -> summary(question, byQuestion.getOrDefault(question.id, List.of())))
                                .toList()))
                .toList();
        int digital = byQuestion.values().stream().mapToInt(List::size).sum();
        return new DialogueSummary(event.id, event.title, event.participants, List.copyOf(event.targetGroups), digital, areas);
    }

    private static QuestionSummary summary(DialogueQuestion question, List<DialogueAnswer> given) {
        Map<String, Long> byGroup = given.stream().collect(Collectors.groupingBy(
                answer -> answer.targetGroup == null ? TARGET_GROUP_NOT_GIVEN : answer.targetGroup,
                LinkedHashMap::new, Collectors.counting()));
        return new QuestionSummary(question.id, question.text, given.size(), byGroup,
                given.stream().map(answer -> answer.text).toList());
    }

    private DialogueEvent find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("citizen dialogue", id));
    }
}
