package se.malstyrning.followup.report;

import se.malstyrning.followup.assessments.AssessmentView;
import se.malstyrning.followup.report.GoalFulfilmentReport.GoalSection;

/** The goal fulfilment report as a readable Markdown document. */
final class ReportDocument {

    static final String MEDIA_TYPE = "text/markdown";

    private ReportDocument() {
    }

    static String render(GoalFulfilmentReport report) {
        StringBuilder doc = new StringBuilder();
        doc.append("# Måluppfyllelse: ").append(report.cycle().title()).append("\n\n");
        doc.append("Sammanställd ").append(report.assembledAt())
                .append(report.includesUnapproved() ? " · innehåller bedömningar som inte är godkända" : " · godkända bedömningar")
                .append("\n");
        for (GoalSection section : report.goals()) {
            doc.append("\n## ").append(section.goal() == null ? "Mål " + section.goalId()
                    : section.goal().code() + " " + section.goal().title()).append("\n\n");
            doc.append("Beräknad måluppfyllelse: ")
                    .append(section.fulfilment() == null ? "saknas" : section.fulfilment().get("status")).append("\n");
            for (AssessmentView assessment : section.assessments()) {
                doc.append("\n### ").append(assessment.orgUnitCode()).append(": ").append(assessment.judgement())
                        .append(" (").append(assessment.status()).append(")\n\n")
                        .append(assessment.analysis()).append("\n");
                if (assessment.targetGroupEffects() != null) {
                    doc.append("\nEffekter för målgrupper: ").append(assessment.targetGroupEffects()).append("\n");
                }
            }
        }
        return doc.toString();
    }
}
