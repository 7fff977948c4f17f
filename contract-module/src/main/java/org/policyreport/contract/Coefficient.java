package org.policyreport.contract;

/**
 * One row per term, as R broom's {@code tidy}: the estimate, its standard error, the test statistic
 * (z or t, see {@link ModelResult#statistic()}), the two-sided p-value and the 95 % interval.
 * {@code equation} is "main" for the mean equation; multi-equation models add others (e.g.
 * "lnalpha").
 */
public record Coefficient(
    String equation,
    String term,
    double coef,
    double se,
    double stat,
    double p,
    double ciLow,
    double ciHigh) {}
