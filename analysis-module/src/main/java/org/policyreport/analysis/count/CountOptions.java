package org.policyreport.analysis.count;

import java.util.Objects;

/**
 * How to fit a count model.
 *
 * @param model the variant
 * @param constant whether the mean equation has a constant (the ln alpha equation always has one)
 * @param vce how the covariance is computed
 * @param maxIterations Newton iterations allowed for the requested model (auxiliary fits, such as
 *     the Poisson start and the constant-only model, get {@link #DEFAULT_MAX_ITERATIONS})
 */
public record CountOptions(CountModel model, boolean constant, Vce vce, int maxIterations) {
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  public CountOptions {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(vce, "vce");
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
    }
  }

  public static CountOptions of(CountModel model) {
    return new CountOptions(model, true, Vce.OIM, DEFAULT_MAX_ITERATIONS);
  }

  public CountOptions withVce(Vce v) {
    return new CountOptions(model, constant, v, maxIterations);
  }

  public CountOptions withConstant(boolean c) {
    return new CountOptions(model, c, vce, maxIterations);
  }

  public CountOptions withMaxIterations(int m) {
    return new CountOptions(model, constant, vce, m);
  }
}
