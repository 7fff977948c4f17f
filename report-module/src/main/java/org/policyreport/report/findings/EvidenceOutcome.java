package org.policyreport.report.findings;

/**
 * A checked claim: what it says, the figure actually found, and whether the claim holds.
 *
 * @param claim the check in words, e.g. "Count model: fiscal autonomy positive, p &lt; 0.05"
 * @param actual the figures found, e.g. "coefficient 0.021, p = 0.003"
 */
public record EvidenceOutcome(String claim, String actual, boolean holds) {}
