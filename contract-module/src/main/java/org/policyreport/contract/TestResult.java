package org.policyreport.contract;

import java.util.List;

/**
 * A hypothesis test: its statistic, degrees of freedom (df2 for F tests), p-value and the
 * distribution the p-value comes from ("chi2", "F", "chibar2", "z", "t"). The report words the test
 * from {@code test.<name>} and its notes from {@code note.<code>}, so nothing here is a sentence.
 *
 * @param name one of the {@link TestName} constants
 * @param notes caveats about this test (e.g. a negative Hausman statistic), as codes
 */
public record TestResult(
    String name,
    double statistic,
    Integer df,
    Integer df2,
    double p,
    String distribution,
    List<Note> notes) {

  public TestResult {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public static TestResult chi2(String name, double statistic, int df, double p) {
    return new TestResult(name, statistic, df, null, p, "chi2", List.of());
  }
}
