package org.policyreport.analysis.count;

/** Poisson: {@code l_i = y eta - exp(eta) - lnG(y+1)}; one index, the mean. */
final class PoissonLikelihood implements IndexLikelihood {
  @Override
  public int indices() {
    return 1;
  }

  @Override
  public void block(
      double[] y, int from, int len, double[][] idx, double[] ll, double[][] d, double[][] h) {
    double[] eta = idx[0];
    if (d == null) {
      for (int i = 0; i < len; i++) {
        ll[i] = y[from + i] * eta[i] - Math.exp(eta[i]);
      }
      return;
    }
    double[] d0 = d[0];
    double[] h00 = h[0];
    for (int i = 0; i < len; i++) {
      double yi = y[from + i];
      double mu = Math.exp(eta[i]);
      ll[i] = yi * eta[i] - mu;
      d0[i] = yi - mu;
      h00[i] = -mu;
    }
  }
}
