package org.policyreport.contract;

/**
 * The predicted outcome of one unit (or of all units together: {@code unit} and {@code period}
 * null) before and after a scenario's changes, the difference and the change in percent, each with
 * its delta-method standard error and 95 % interval. The percent fields are null where the
 * prediction before is zero.
 */
public record ScenarioRow(
    String unit,
    String period,
    double before,
    double after,
    double diff,
    double diffSe,
    double diffCiLow,
    double diffCiHigh,
    Double pct,
    Double pctSe,
    Double pctCiLow,
    Double pctCiHigh) {}
