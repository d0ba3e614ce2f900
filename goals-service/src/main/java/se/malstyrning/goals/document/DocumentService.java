package se.malstyrning.goals.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.goals.goal.GoalRepository;
import se.malstyrning.goals.orgunit.OrgUnitRepository;
import se.malstyrning.goals.sdg.SdgCatalogue;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final GoalRepository goals;
    private final OrgUnitRepository orgUnits;
    private final SdgCatalogue sdg;

    public DocumentService(DocumentRepository documents, GoalRepository goals, OrgUnitRepository orgUnits, SdgCatalogue sdg) {
        this.documents = documents;
        this.goals = goals;
        this.orgUnits = orgUnits;
        this.sdg = sdg;
    }

    public Page<DocumentView> list(int limit, int offset) {
        return documents.page(limit, offset).map(DocumentView::of);
    }

    public DocumentView get(UUID id) {
        return DocumentView.of(documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("steering document", id)));
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
        if (request.adoptedByOrgUnitId() != null && orgUnits.findByIdOptional(request.adoptedByOrgUnitId()).isEmpty()) {
            throw ProblemException.unprocessableField("adoptedByOrgUnitId", "no org unit with this id");
        }
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
        document.adoptedByOrgUnitId = request.adoptedByOrgUnitId();
        document.adoptedOn = request.adoptedOn();
        document.registrationNumber = request.registrationNumber();
        document.validTo = request.validTo();
        document.goalIds = List.copyOf(goalIds);
        document.sdgTargets = List.copyOf(targets);
        document.olderStructure = older;
        document.appendixNote = request.appendixNote();
    }
}
