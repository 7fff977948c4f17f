package org.policyreport.analysis.count;

import java.util.List;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.Note;

/**
 * A fitted count model. Coefficient rows are in parameter order: the main equation, then the {@code
 * lnalpha} equation, then (NB-P) the {@code P} equation; {@code vcov} is in the same order.
 *
 * @param parameters number of estimated parameters (for AIC and BIC)
 * @param logLikelihoodNull constant-only model (constant-only NB2 with alpha re-estimated for the
 *     NB models), or null when the mean equation has no constant or no slopes
 * @param nullDf the number of slopes the constant-only model leaves out
 * @param logLikelihoodPoisson the Poisson fit on the same data (the start of the NB models)
 * @param logLikelihoodNb2 the NB2 fit (the start of gnbreg and NB-P), or null for Poisson and NB2
 * @param marginalEffects average marginal effects of each kept regressor on E[y], delta-method SEs
 * @param notes notes for the reader: omitted regressors, auxiliary fits that did not converge
 */
public record CountFit(
    CountModel model,
    Vce vce,
    int nobs,
    int clusters,
    List<Coefficient> coefficients,
    List<List<Double>> vcov,
    double logLikelihood,
    boolean converged,
    int iterations,
    double gradientMaxAbs,
    int parameters,
    Double logLikelihoodNull,
    int nullDf,
    Double logLikelihoodPoisson,
    Double logLikelihoodNb2,
    List<Coefficient> marginalEffects,
    List<String> omitted,
    List<Note> notes) {

  public CountFit {
    coefficients = List.copyOf(coefficients);
    vcov = vcov.stream().map(List::copyOf).toList();
    marginalEffects = List.copyOf(marginalEffects);
    omitted = List.copyOf(omitted);
    notes = List.copyOf(notes);
  }

  /** The row for {@code term} in {@code equation}, or null. */
  public Coefficient coefficient(String equation, String term) {
    for (Coefficient c : coefficients) {
      if (c.equation().equals(equation) && c.term().equals(term)) {
        return c;
      }
    }
    return null;
  }

  /** Rows of the main equation. */
  public List<Coefficient> mainEquation() {
    return coefficients.stream().filter(c -> c.equation().equals(CountEstimator.MAIN)).toList();
  }
}
