package org.policyreport.analysis.count;

/**
 * NB-P in the parameterisation of statsmodels' {@code NegativeBinomialP}: {@code mu = exp(eta)},
 * {@code a = mu^(2-P) / alpha}, {@code l = lnG(y+a) - lnG(a) - lnG(y+1) + a ln(a/(a+mu)) + y
 * ln(mu/(a+mu))}, so that {@code Var = mu + alpha mu^P}. Indices: 0 = eta, 1 = ln alpha, 2 = P.
 * Derivatives are taken in {@code u = ln a = (2-P) eta - ln alpha} and chained to the indices.
 */
final class NegativeBinomialPLikelihood implements IndexLikelihood {
  @Override
  public int indices() {
    return 3;
  }

  @Override
  public void block(
      double[] y, int from, int len, double[][] idx, double[] ll, double[][] d, double[][] h) {
    double[] eta = idx[0];
    double[] lnalpha = idx[1];
    double[] power = idx[2];
    double[] g = new double[3];
    for (int i = 0; i < len; i++) {
      double yi = y[from + i];
      double e = eta[i];
      double mu = Math.exp(e);
      double k = 2 - power[i];
      double u = k * e - lnalpha[i];
      double a = Math.exp(u);
      GammaDifferences.eval(yi, a, g);
      double l1pMuA = Math.log1p(mu / a);
      ll[i] = g[0] - a * l1pMuA - yi * Math.log1p(a / mu);
      if (d != null) {
        double apm = a + mu;
        double q = 1.0 / apm;
        double le = a * (yi - mu) * q;
        double f = g[1] - l1pMuA + (mu - yi) * q;
        double lu = a * f;
        double lee = -a * mu * (a + yi) * q * q;
        double leu = (yi - mu) * a * mu * q * q;
        double luu = lu + a * (a * g[2] + mu * q - (mu - yi) * a * q * q);
        double cross = leu + k * luu;
        d[0][i] = le + k * lu;
        d[1][i] = -lu;
        d[2][i] = -e * lu;
        h[0][i] = lee + 2 * k * leu + k * k * luu;
        h[1][i] = -cross;
        h[2][i] = -e * cross - lu;
        h[3][i] = luu;
        h[4][i] = e * luu;
        h[5][i] = e * e * luu;
      }
    }
  }
}
