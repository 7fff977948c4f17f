package org.policyreport.contract;

/**
 * A hypothesis test: its statistic, degrees of freedom (df2 for F tests), p-value and the
 * distribution the p-value comes from ("chi2", "F", "chibar2", "z", "t").
 */
public record TestResult(
    String name,
    String label,
    double statistic,
    Integer df,
    Integer df2,
    double p,
    String distribution,
    String note) {

  public static TestResult chi2(String name, String label, double statistic, int df, double p) {
    return new TestResult(name, label, statistic, df, null, p, "chi2", null);
  }
}
