package org.policyreport.analysis.config;

import java.util.List;

/**
 * One entry under {@code models:}. The keys every model shares are parsed here; estimator-specific
 * keys ({@code vce}, {@code dispersion}, {@code panels}, ...) are read by the estimator's own
 * options parser from {@code node}, so that each complaint names the exact key.
 */
public record ModelSpec(
    String id,
    String estimator,
    String label,
    String data,
    String dependent,
    List<String> regressors,
    ConfigNode node) {
  public ModelSpec {
    regressors = List.copyOf(regressors);
  }
}
