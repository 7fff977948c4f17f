package org.policyreport.analysis.count;

/**
 * NB2 with observation-specific dispersion (Stata gnbreg; NB2 when the dispersion index is a
 * constant): {@code mu = exp(eta)}, {@code alpha = exp(la)}, {@code m = 1/alpha}, {@code l =
 * lnG(y+m) - lnG(m) - lnG(y+1) - (m+y) ln(1 + alpha mu) + y (la + eta)}. Indices: 0 = eta, 1 = la.
 */
final class NegativeBinomialLikelihood implements IndexLikelihood {
  @Override
  public int indices() {
    return 2;
  }

  @Override
  public void block(
      double[] y, int from, int len, double[][] idx, double[] ll, double[][] d, double[][] h) {
    double[] eta = idx[0];
    double[] la = idx[1];
    double[] g = new double[3];
    for (int i = 0; i < len; i++) {
      double yi = y[from + i];
      double mu = Math.exp(eta[i]);
      double a = Math.exp(la[i]);
      double m = 1.0 / a;
      double amu = a * mu;
      double l1p = Math.log1p(amu);
      GammaDifferences.eval(yi, m, g);
      ll[i] = g[0] - (m + yi) * l1p + yi * (la[i] + eta[i]);
      if (d != null) {
        double q = 1.0 / (1 + amu);
        double de = (yi - mu) * q;
        double hel = -de * amu * q;
        d[0][i] = de;
        d[1][i] = m * (l1p - g[1]) + de;
        h[0][i] = -mu * (1 + a * yi) * q * q;
        h[1][i] = hel;
        h[2][i] = -m * l1p + mu * q + m * g[1] + m * m * g[2] + hel;
      }
    }
  }
}
