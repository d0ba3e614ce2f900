package se.malstyrning.followup.report;

import se.malstyrning.followup.assessments.AssessmentView;
import se.malstyrning.followup.documents.MarkdownText;
import se.malstyrning.followup.report.GoalFulfilmentReport.GoalSection;

import java.util.List;
import java.util.Map;

/** The goal fulfilment report as a readable Markdown document; text as written ({@link MarkdownText}). */
final class ReportDocument {

    static final String MEDIA_TYPE = "text/markdown";

    private ReportDocument() {
    }

    /**
     * The computed fulfilment as a person reads it: the municipality by name (Vaggeryd, not 0665) and each
     * target's latest value with its gender as a word (Totalt, not T), both as indicators-service names them.
     */
    private static void appendFulfilment(StringBuilder doc, Map<String, Object> fulfilment) {
        if (fulfilment == null) {
            doc.append("Beräknad måluppfyllelse: saknas\n");
            return;
        }
        Object place = fulfilment.getOrDefault("areaName", fulfilment.get("area"));
        doc.append("Beräknad måluppfyllelse").append(place == null ? "" : " i " + MarkdownText.escape(place.toString())).append(": ")
                .append(fulfilment.get("status")).append("\n");
        if (fulfilment.get("targets") instanceof List<?> targets) {
            for (Object element : targets) {
                if (element instanceof Map<?, ?> target) {
                    doc.append("- ").append(MarkdownText.escape(String.valueOf(target.get("indicatorCode")))).append(": ").append(target.get("status"));
                    if (target.get("latest") instanceof Map<?, ?> latest) {
                        doc.append(", senast ").append(latest.get("value")).append(" (").append(latest.get("period"));
                        Object gender = latest.get("genderLabel");
                        doc.append(gender == null ? "" : ", " + gender).append(")");
                    }
                    doc.append(", önskat värde ").append(target.get("desiredValue")).append(" år ").append(target.get("desiredYear"))
                            .append("\n");
                }
            }
        }
    }

    static String render(GoalFulfilmentReport report) {
        StringBuilder doc = new StringBuilder();
        doc.append("# Måluppfyllelse: ").append(MarkdownText.escape(report.cycle().title())).append("\n\n");
        doc.append("Sammanställd ").append(report.assembledAt())
                .append(report.includesUnapproved() ? " · innehåller bedömningar som inte är godkända" : " · godkända bedömningar")
                .append("\n");
        for (GoalSection section : report.goals()) {
            doc.append("\n## ").append(section.goal() == null ? "Mål " + section.goalId()
                    : MarkdownText.escape(section.goal().code() + " " + section.goal().title())).append("\n\n");
            appendFulfilment(doc, section.fulfilment());
            for (AssessmentView assessment : section.assessments()) {
                doc.append("\n### ").append(MarkdownText.escape(assessment.orgUnitCode())).append(": ").append(assessment.judgement())
                        .append(" (").append(assessment.status()).append(")\n\n")
                        .append(MarkdownText.escape(assessment.analysis())).append("\n");
                if (assessment.targetGroupEffects() != null) {
                    doc.append("\nEffekter för målgrupper: ").append(MarkdownText.escape(assessment.targetGroupEffects())).append("\n");
                }
            }
        }
        return doc.toString();
    }
}
