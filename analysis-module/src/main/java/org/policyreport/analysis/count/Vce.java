package org.policyreport.analysis.count;

/** How the covariance of the estimates is computed. */
public enum Vce {
  /** Inverse of the observed information (negative Hessian) at the estimate. */
  OIM,
  /** Sandwich with per-observation scores and factor N/(N-1). */
  ROBUST,
  /** Sandwich with cluster sums of scores and factor G/(G-1) (Stata ML convention). */
  CLUSTER
}
