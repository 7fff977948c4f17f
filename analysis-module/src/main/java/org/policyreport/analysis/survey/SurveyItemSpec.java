package org.policyreport.analysis.survey;

/**
 * One policy item of a survey config: its id, labels and the two rating columns.
 *
 * @param label the label shown in reports (English, or the only label given)
 * @param labelKo the Korean label, or null
 */
public record SurveyItemSpec(
    String id, String label, String labelKo, String importance, String performance) {}
