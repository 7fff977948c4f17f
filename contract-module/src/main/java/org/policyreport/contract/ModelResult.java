package org.policyreport.contract;

import java.util.List;
import java.util.Map;

/**
 * One fitted model as results.json carries it. Estimator-specific quantities go into {@code
 * statistics} (scalars, e.g. alpha, aic, rho) and {@code details} (structured, e.g. per-panel
 * variances); nothing here is formatted.
 *
 * @param statistic the kind of test statistic in the coefficient rows: "z" or "t"
 * @param seType how the covariance was computed ("oim", "robust", "cluster", "conventional", ...)
 * @param irr exponentiated coefficients of the main equation (incidence-rate ratios), if any
 * @param notes notes for the reader as codes (e.g. a regressor dropped for collinearity)
 */
public record ModelResult(
    String id,
    String estimator,
    String label,
    String data,
    String dependent,
    List<String> regressors,
    int nobs,
    int nobsDropped,
    boolean converged,
    int iterations,
    Double gradientNorm,
    Double logLikelihood,
    String statistic,
    String seType,
    List<Coefficient> coefficients,
    Map<String, Double> statistics,
    List<TestResult> tests,
    List<Coefficient> irr,
    List<Coefficient> marginalEffects,
    List<Note> notes,
    Map<String, Object> options,
    Map<String, Object> details) {

  public ModelResult {
    regressors = regressors == null ? List.of() : List.copyOf(regressors);
    coefficients = coefficients == null ? List.of() : List.copyOf(coefficients);
    statistics =
        statistics == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statistics));
    tests = tests == null ? List.of() : List.copyOf(tests);
    irr = irr == null ? List.of() : List.copyOf(irr);
    marginalEffects = marginalEffects == null ? List.of() : List.copyOf(marginalEffects);
    notes = notes == null ? List.of() : List.copyOf(notes);
    options =
        options == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    details =
        details == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }

  /** The coefficient row for {@code term} in {@code equation}, or null. */
  public Coefficient coefficient(String equation, String term) {
    for (Coefficient c : coefficients) {
      if (c.equation().equals(equation) && c.term().equals(term)) {
        return c;
      }
    }
    return null;
  }

  /** The coefficient row for {@code term} in the main equation, or null. */
  public Coefficient coefficient(String term) {
    return coefficient("main", term);
  }

  /** The test named {@code name}, or null. */
  public TestResult test(String name) {
    return tests.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }
}
