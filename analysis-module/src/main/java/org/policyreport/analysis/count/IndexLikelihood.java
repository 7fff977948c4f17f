package org.policyreport.analysis.count;

/**
 * A log likelihood whose observation {@code i} depends on the parameters only through a few linear
 * indices (the mean index {@code x_i'b}, the dispersion index {@code z_i'g}, ...). Implementations
 * give the per-observation derivatives with respect to the indices; {@link Objective} turns them
 * into the gradient and Hessian of the parameters by the chain rule. Every variant works on a block
 * of observations at once so that its loop stays monomorphic and in cache.
 */
interface IndexLikelihood {

  /** Number of indices per observation. */
  int indices();

  /**
   * Writes the log likelihood of observations {@code from .. from+len-1} into {@code ll[0..len)},
   * without the {@code -lnGamma(y+1)} terms (constant in the parameters, added once by {@link
   * Objective}). {@code idx[m][i]} is index {@code m} of observation {@code from+i}. When {@code d}
   * is not null, writes the first derivatives {@code d[m][i]} and the second derivatives {@code
   * h[pair(m, m')][i]}.
   */
  void block(
      double[] y, int from, int len, double[][] idx, double[] ll, double[][] d, double[][] h);

  /** Position of the (m, m2) second derivative, m <= m2, in the packed array. */
  static int pair(int m, int m2, int indices) {
    return m * indices - m * (m - 1) / 2 + (m2 - m);
  }
}
