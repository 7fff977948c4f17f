package org.policyreport.analysis.count;

import java.util.Locale;

/** The count-model variants, by their {@code estimator:} name. */
public enum CountModel {
  /** Poisson regression, Var = mu. */
  POISSON,
  /** Negative binomial 2, Var = mu + alpha mu^2 with one alpha (Stata nbreg). */
  NB2,
  /** Generalized NB2 whose ln alpha has its own covariates (Stata gnbreg). */
  GNBREG,
  /** NB-P, Var = mu + alpha mu^P with P estimated (statsmodels NegativeBinomialP). */
  NBP;

  /** The name used in configs and results. */
  public String estimatorName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the model has a dispersion equation (ln alpha). */
  public boolean hasDispersion() {
    return this != POISSON;
  }
}
