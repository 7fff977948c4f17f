package org.policyreport.analysis.count;

/** How the covariance of the estimates is computed. */
public enum Vce {
  /** Inverse of the observed information (negative Hessian) at the estimate. */
  OIM,
  /**
   * Expected information (R's {@code glm.nb}): for NB2 the inverse of X'WX for b, ln alpha from its
   * own observed information, no covariance between them; for Poisson the same as OIM.
   */
  EIM,
  /** Sandwich with per-observation scores and factor N/(N-1). */
  ROBUST,
  /** Sandwich with cluster sums of scores and factor G/(G-1) (Stata ML convention). */
  CLUSTER
}
