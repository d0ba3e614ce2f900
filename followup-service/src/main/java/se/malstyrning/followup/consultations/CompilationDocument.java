package se.malstyrning.followup.consultations;

import se.malstyrning.followup.consultations.CompilationView.CompiledAnswer;
import se.malstyrning.followup.consultations.CompilationView.CompiledComment;
import se.malstyrning.followup.consultations.CompilationView.GoalGroup;
import se.malstyrning.followup.consultations.CompilationView.PositionGroup;
import se.malstyrning.followup.documents.MarkdownText;

/** The compilation as a readable Markdown document, for the case file and the meeting papers; text as written ({@link MarkdownText}). */
final class CompilationDocument {

    static final String MEDIA_TYPE = "text/markdown";

    private CompilationDocument() {
    }

    static String render(CompilationView compilation) {
        StringBuilder doc = new StringBuilder();
        doc.append("# Sammanställning av remissvar: ").append(MarkdownText.escape(compilation.subject())).append("\n\n");
        doc.append("Svarsdatum: ").append(compilation.replyDate())
                .append(" · Remissinstanser: ").append(compilation.recipients())
                .append(" · Svar: ").append(compilation.answered())
                .append(" · Sena svar: ").append(compilation.late()).append("\n\n");
        doc.append("## Svar per ställningstagande\n");
        for (PositionGroup group : compilation.byPosition()) {
            doc.append("\n### ").append(group.position()).append(" (").append(group.answers().size()).append(")\n\n");
            for (CompiledAnswer answer : group.answers()) {
                doc.append("- **").append(MarkdownText.escape(answer.orgUnitName())).append("** (").append(MarkdownText.escape(answer.orgUnitCode()))
                        .append(", revision ").append(answer.revision()).append(answer.late() ? ", sent svar" : "")
                        .append(")").append(answer.text() == null ? "" : ": " + MarkdownText.escape(answer.text())).append("\n");
            }
        }
        doc.append("\n## Synpunkter per mål\n");
        for (GoalGroup goal : compilation.byGoal()) {
            doc.append("\n### Mål ").append(goal.goalId()).append("\n\n");
            if (goal.comments().isEmpty()) {
                doc.append("Inga synpunkter.\n");
            }
            for (CompiledComment comment : goal.comments()) {
                doc.append("- **").append(MarkdownText.escape(comment.orgUnitName())).append("** (").append(comment.position())
                        .append("): ").append(MarkdownText.escape(comment.comment())).append("\n");
            }
        }
        if (!compilation.notAnswered().isEmpty()) {
            doc.append("\n## Har inte svarat\n\n");
            compilation.notAnswered().forEach(recipient -> doc.append("- ").append(MarkdownText.escape(recipient.orgUnitName()))
                    .append(" (").append(MarkdownText.escape(recipient.orgUnitCode())).append(")\n"));
        }
        return doc.toString();
    }
}
