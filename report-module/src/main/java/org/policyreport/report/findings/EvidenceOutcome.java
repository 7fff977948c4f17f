package org.policyreport.report.findings;

/**
 * A checked claim: what it says, the figure actually found, whether the claim holds, and what it is
 * about, so that a template can show the effect as chapter 4 reports it.
 *
 * @param claim the check in words, e.g. "Count model: fiscal autonomy positive, p &lt; 0.05"
 * @param actual the figures found, e.g. "coefficient 0.021, p = 0.003"
 * @param subject what the evidence is about: the regressor or the survey item, by its label
 * @param model the model of a coefficient check, or "" for a survey check
 * @param equation the equation of a coefficient check, or ""
 * @param term the regressor of a coefficient check, or ""
 * @param survey the survey of a survey check, or ""
 * @param found whether the figure is in the results at all
 */
public record EvidenceOutcome(
    String claim,
    String actual,
    boolean holds,
    String subject,
    String model,
    String equation,
    String term,
    String survey,
    boolean found) {}
