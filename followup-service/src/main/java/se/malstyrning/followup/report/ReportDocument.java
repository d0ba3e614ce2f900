package se.malstyrning.followup.report;

import se.malstyrning.followup.assessments.AssessmentView;
import se.malstyrning.followup.documents.MarkdownText;
import se.malstyrning.followup.report.GoalFulfilmentReport.GoalSection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The goal fulfilment report as a Markdown document in Swedish, ready for the annual report: an
 * overview table of every goal, then each goal with its computed fulfilment and the boards'
 * assessments. Text as written ({@link MarkdownText}); HTML and DOCX are made from this document
 * ({@link ReportFormats}).
 */
final class ReportDocument {

    static final String MEDIA_TYPE = "text/markdown";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Stockholm"));

    private ReportDocument() {
    }

    static String title(GoalFulfilmentReport report) {
        return "Måluppfyllelse: " + report.cycle().title();
    }

    static String render(GoalFulfilmentReport report) {
        StringBuilder doc = new StringBuilder();
        doc.append("# ").append(MarkdownText.escape(title(report))).append("\n\n");
        doc.append("Måluppfyllelse för ").append(report.fulfilmentYear()).append(", sammanställd ")
                .append(DATE.format(report.assembledAt()))
                .append(report.includesUnapproved() ? " · innehåller bedömningar som inte är godkända" : " · godkända bedömningar")
                .append("\n");
        if (!report.goals().isEmpty()) {
            doc.append("\n| Mål | Beräknad måluppfyllelse | Bedömning |\n| --- | --- | --- |\n");
            for (GoalSection section : report.goals()) {
                doc.append("| ").append(goalName(section)).append(" | ").append(MarkdownText.escape(section.fulfilmentInWords()))
                        .append(" | ").append(MarkdownText.escape(section.assessmentInWords())).append(" |\n");
            }
        }
        for (GoalSection section : report.goals()) {
            doc.append("\n## ").append(goalName(section)).append("\n\n");
            appendFulfilment(doc, section.fulfilment(), report.fulfilmentYear());
            if (section.assessments().isEmpty()) {
                doc.append("\nBedömning: ").append(SwedishWords.NOT_ASSESSED).append("\n");
            }
            for (AssessmentView assessment : section.assessments()) {
                doc.append("\n### ").append(MarkdownText.escape(assessment.orgUnitCode())).append(": ")
                        .append(SwedishWords.status(assessment.judgement()))
                        .append(" (").append(SwedishWords.assessmentStatus(assessment.status())).append(")\n\n")
                        .append(MarkdownText.escape(assessment.analysis())).append("\n");
                if (assessment.targetGroupEffects() != null) {
                    doc.append("\nEffekter för målgrupper: ").append(MarkdownText.escape(assessment.targetGroupEffects())).append("\n");
                }
            }
        }
        return doc.toString();
    }

    private static String goalName(GoalSection section) {
        return section.goal() == null ? "Mål " + section.goalId() : MarkdownText.escape(section.goal().code() + " " + section.goal().title());
    }

    /**
     * The computed fulfilment as a person reads it: the municipality by name (Vaggeryd, not 0665), statuses in
     * Swedish words, and each target's latest value with a decimal comma and its gender as a word (Totalt, not T).
     */
    private static void appendFulfilment(StringBuilder doc, Map<String, Object> fulfilment, int year) {
        if (fulfilment == null) {
            doc.append("Beräknad måluppfyllelse ").append(year).append(": ").append(SwedishWords.status(null)).append("\n");
            return;
        }
        Object place = fulfilment.getOrDefault("areaName", fulfilment.get("area"));
        doc.append("Beräknad måluppfyllelse").append(place == null ? "" : " i " + MarkdownText.escape(place.toString()))
                .append(" ").append(year).append(": ").append(SwedishWords.status(fulfilment.get("status"))).append("\n");
        if (fulfilment.get("targets") instanceof List<?> targets && !targets.isEmpty()) {
            doc.append("\n");
            for (Object element : targets) {
                if (element instanceof Map<?, ?> target) {
                    doc.append("- ").append(MarkdownText.escape(String.valueOf(target.get("indicatorCode")))).append(": ")
                            .append(SwedishWords.status(target.get("status")));
                    if (target.get("latest") instanceof Map<?, ?> latest) {
                        doc.append(", senast ").append(SwedishWords.number(latest.get("value"))).append(" (").append(latest.get("period"));
                        Object gender = latest.get("genderLabel");
                        doc.append(gender == null ? "" : ", " + MarkdownText.escape(gender)).append(")");
                    }
                    doc.append(", önskat värde ").append(SwedishWords.number(target.get("desiredValue"))).append(" år ")
                            .append(target.get("desiredYear"));
                    if (target.get("trend") instanceof Map<?, ?> trend && SwedishWords.trend(trend.get("classification")) != null) {
                        doc.append(", ").append(SwedishWords.trend(trend.get("classification")));
                    }
                    doc.append("\n");
                }
            }
        }
        if (fulfilment.get("rollUp") instanceof Map<?, ?> rollUp && rollUp.get("contributions") instanceof List<?> contributions
                && !contributions.isEmpty()) {
            doc.append("\nSammanvägt från bidragande mål: ").append(SwedishWords.status(rollUp.get("status"))).append("\n");
        }
    }
}
