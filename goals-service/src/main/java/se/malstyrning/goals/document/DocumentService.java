package se.malstyrning.goals.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.goals.goal.GoalRepository;
import se.malstyrning.goals.history.HistoryService;
import se.malstyrning.goals.history.RevisionView;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.goals.orgunit.OrgUnitRepository;
import se.malstyrning.goals.sdg.SdgCatalogue;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final GoalRepository goals;
    private final OrgUnitRepository orgUnits;
    private final SdgCatalogue sdg;
    private final HistoryService history;
    private final Caller caller;

    public DocumentService(DocumentRepository documents, GoalRepository goals, OrgUnitRepository orgUnits, SdgCatalogue sdg,
                           HistoryService history, Caller caller) {
        this.documents = documents;
        this.goals = goals;
        this.orgUnits = orgUnits;
        this.sdg = sdg;
        this.history = history;
        this.caller = caller;
    }

    public Page<DocumentView> list(int limit, int offset) {
        return documents.page(limit, offset).map(this::visible);
    }

    /** Whether a steering document of this title exists (the demo data loads each once). */
    public boolean existsWithTitle(String title) {
        return documents.count("title", title) > 0;
    }

    public DocumentView get(UUID id) {
        return visible(documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("steering document", id)));
    }

    /** Every recorded state of the document, each as the caller may see it. */
    public List<RevisionView> history(UUID id) {
        get(id);
        return history.of(SteeringDocument.class, id, this::visible, document -> true);
    }

    /**
     * The register of steering documents is open data, but a document may already be linked to a goal
     * that is still a draft: without a token such links are left out, as the goal itself is.
     */
    private DocumentView visible(SteeringDocument document) {
        DocumentView view = DocumentView.of(document);
        if (caller.mayRead() || view.goalIds().isEmpty()) {
            return view;
        }
        Set<UUID> published = goals.withStatus(view.goalIds(), GoalStatus.PUBLIC);
        return view.withGoalIds(view.goalIds().stream().filter(published::contains).toList());
    }

    @Transactional
    public DocumentView create(DocumentRequest request) {
        SteeringDocument document = new SteeringDocument();
        apply(document, request);
        documents.persistAndFlush(document);
        return DocumentView.of(document);
    }

    @Transactional
    public DocumentView update(UUID id, String ifMatch, DocumentRequest request) {
        SteeringDocument document = documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("steering document", id));
        Versions.requireCurrent(document.version, ifMatch, null);
        apply(document, request);
        documents.flush();
        return DocumentView.of(document);
    }

    private void apply(SteeringDocument document, DocumentRequest request) {
        List<UUID> goalIds = request.goalIds() == null ? List.of() : request.goalIds();
        List<String> targets = request.sdgTargets() == null ? List.of() : request.sdgTargets();
        boolean older = Boolean.TRUE.equals(request.olderStructure());
        UUID adoptedBy = orgUnits.field("adoptedByOrgUnitId", request.adoptedByOrgUnitId(),
                "adoptedByOrgUnitCode", request.adoptedByOrgUnitCode()).map(unit -> unit.id).orElse(null);
        for (int i = 0; i < goalIds.size(); i++) {
            if (goals.findByIdOptional(goalIds.get(i)).isEmpty()) {
                throw ProblemException.unprocessableField("goalIds[" + i + "]", "no goal with this id");
            }
        }
        Set<String> unknown = sdg.unknown(targets);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw ProblemException.unprocessableField("sdgTargets[" + targets.indexOf(first) + "]", "no Agenda 2030 target " + first);
        }
        if (older && (request.appendixNote() == null || request.appendixNote().isBlank() || goalIds.isEmpty())) {
            throw ProblemException.unprocessableField("appendixNote",
                    "a document under an older goal structure needs an appendix mapping it to the new goals (goalIds and a note)");
        }
        document.title = request.title();
        document.kind = request.kind();
        document.adoptedByOrgUnitId = adoptedBy;
        document.adoptedOn = request.adoptedOn();
        document.registrationNumber = request.registrationNumber();
        document.validTo = request.validTo();
        document.goalIds = List.copyOf(goalIds);
        document.sdgTargets = List.copyOf(targets);
        document.olderStructure = older;
        document.appendixNote = request.appendixNote();
    }
}
