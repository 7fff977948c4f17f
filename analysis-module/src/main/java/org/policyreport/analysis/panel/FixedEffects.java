package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.contract.InputException;

/**
 * The within (fixed-effects) estimator as Stata {@code xtreg, fe}: slopes from OLS on unit-demeaned
 * data with s^2 = SSR/(N-n-k); the reported constant is ybar - xbar'b with se sqrt(s^2/N + xbar'
 * V_b xbar); sigma_u is the sample SD of the u_i = a_i - _cons; R-squared within, between and
 * overall are squared correlations; and the F test that all u_i are zero.
 *
 * <p>With {@code vce} robust or cluster (robust = clustered by panel, as {@code xtreg, fe
 * vce(robust)}), V_b = G/(G-1) (N-1)/(N-K) (X~'X~)^-1 (sum_g X~_g'u_g u_g'X~_g) (X~'X~)^-1 on the
 * within-transformed data, K = slopes + constant: the absorbed effects are not counted because the
 * panels nest in the clusters (required). The constant's variance is then xbar' V_b xbar (the
 * within residuals sum to 0 in each panel); t and F statistics use G - 1 df.
 */
public final class FixedEffects {
  private final PooledOls.Vce vce;

  /** The conventional covariance. */
  public FixedEffects() {
    this(PooledOls.Vce.CONVENTIONAL);
  }

  public FixedEffects(PooledOls.Vce vce) {
    this.vce = vce;
  }

  /**
   * @param fixedEffects a_i = ybar_i - xbar_i'b by unit label (level form, as plm fixef)
   */
  public record Result(
      Estimates estimates,
      int nobs,
      int units,
      int dfResidual,
      double ssr,
      double sigmaU,
      double sigmaE,
      double rho,
      double rSquaredWithin,
      double rSquaredBetween,
      double rSquaredOverall,
      Double fStatistic,
      int fDf1,
      int fDf2,
      double fUi,
      int fUiDf1,
      int fUiDf2,
      Map<String, Double> fixedEffects,
      int clusters) {
    public Result {
      fixedEffects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixedEffects));
    }
  }

  public Result fit(PanelData data) {
    String model = "fixed effects (fe)";
    requireNoSingletons(data, "fe");
    requireUnits(data, 2, "fe");
    int n = data.nobs();
    int g = data.unitCount();
    int k0 = data.x.length;
    double[][] xw = new double[k0][];
    double[][] xbarUnit = new double[k0][];
    for (int j = 0; j < k0; j++) {
      xbarUnit[j] = unitMeans(data.x[j], data.unitStart);
      xw[j] = demean(data.x[j], xbarUnit[j], data.unitStart);
      if (sumSquares(xw[j]) <= 1e-20 * Math.max(sumSquares(data.x[j]), Double.MIN_NORMAL)) {
        throw new InputException(
            model
                + ": regressor '"
                + data.regressors.get(j)
                + "' is constant within every panel, so the fixed effects absorb it; remove it"
                + " from this model or use estimator re");
      }
    }
    double[] ybarUnit = unitMeans(data.y, data.unitStart);
    double[] yw = demean(data.y, ybarUnit, data.unitStart);
    LeastSquares.Solution s = LeastSquares.fit(xw, yw, null, model);
    int[] kept = s.kept();
    int k = kept.length;
    int df = n - g - k;
    if (df <= 0) {
      throw new EstimationException(
          model + ": " + n + " observations are too few for " + g + " panels and " + k + " slopes");
    }
    double s2 = s.ssr() / df;
    double[][] vb = PooledOls.scale(s.inverse(), s2);
    double[] b = s.beta();
    int clusters = 0;
    if (vce != PooledOls.Vce.CONVENTIONAL) {
      clusters = requireNested(data, model);
      double[] e = LeastSquares.residuals(xw, yw, kept, b);
      double[][] meat = Sandwich.meat(xw, kept, e, data.cluster, data.clusterCount);
      double factor = clusters / (clusters - 1.0) * (n - 1.0) / (n - (k + 1.0));
      vb = PooledOls.scale(Sandwich.sandwich(s.inverse(), meat), factor);
    }
    double ybar = PooledOls.mean(data.y);
    double[] xbar = new double[k];
    for (int i = 0; i < k; i++) {
      xbar[i] = PooledOls.mean(data.x[kept[i]]);
    }
    double cons = ybar;
    for (int i = 0; i < k; i++) {
      cons -= xbar[i] * b[i];
    }
    // Stata's covariance of (b, _cons): the constant is ybar - xbar'b, so cov(b, _cons) = -V_b
    // xbar.
    double[] vx = new double[k];
    double xvx = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        vx[i] += vb[i][j] * xbar[j];
      }
      xvx += xbar[i] * vx[i];
    }
    double[] beta = new double[k + 1];
    double[][] v = new double[k + 1][k + 1];
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      terms.add(data.regressors.get(kept[i]));
      beta[i] = b[i];
      for (int j = 0; j < k; j++) {
        v[i][j] = vb[i][j];
      }
      v[i][k] = -vx[i];
      v[k][i] = -vx[i];
    }
    terms.add(Estimates.CONSTANT);
    beta[k] = cons;
    v[k][k] = clusters > 0 ? xvx : s2 / n + xvx;
    Estimates est = Estimates.of(terms, beta, v, PanelData.dropped(data.regressors, kept));

    Map<String, Double> effects = new LinkedHashMap<>();
    double[] u = new double[g];
    double[] xbUnit = new double[g];
    for (int unit = 0; unit < g; unit++) {
      double xb = 0;
      for (int i = 0; i < k; i++) {
        xb += xbarUnit[kept[i]][unit] * b[i];
      }
      xbUnit[unit] = xb;
      double a = ybarUnit[unit] - xb;
      effects.put(data.units.get(unit), a);
      u[unit] = a - cons;
    }
    double sigmaU = Math.sqrt(variance(u));
    double sigmaE = Math.sqrt(s2);
    double rho = sigmaU * sigmaU / (sigmaU * sigmaU + s2);
    double[] xbAll = new double[n];
    double[] xbWithin = new double[n];
    for (int i = 0; i < k; i++) {
      for (int r = 0; r < n; r++) {
        xbAll[r] += data.x[kept[i]][r] * b[i];
        xbWithin[r] += xw[kept[i]][r] * b[i];
      }
    }
    double r2w = squaredCorrelation(xbWithin, yw);
    double r2b = squaredCorrelation(xbUnit, ybarUnit);
    double r2o = squaredCorrelation(xbAll, data.y);

    LeastSquares.Solution pooled =
        LeastSquares.fit(data.designWithConstant(), data.y, null, model + " pooled step");
    double fUi = ((pooled.ssr() - s.ssr()) / (g - 1)) / s2;
    Double f = k == 0 ? null : LeastSquares.quadraticForm(b, vb, model) / k;
    return new Result(
        est,
        n,
        g,
        df,
        s.ssr(),
        sigmaU,
        sigmaE,
        rho,
        r2w,
        r2b,
        r2o,
        f,
        k,
        clusters > 0 ? clusters - 1 : df,
        Math.max(fUi, 0),
        g - 1,
        df,
        effects,
        clusters);
  }

  /** The number of clusters, after checking that every panel lies within one cluster. */
  private static int requireNested(PanelData data, String model) {
    for (int u = 0; u < data.unitCount(); u++) {
      for (int r = data.unitStart[u] + 1; r < data.unitStart[u + 1]; r++) {
        if (data.cluster[r] != data.cluster[data.unitStart[u]]) {
          throw new InputException(
              model
                  + ": panel "
                  + data.units.get(u)
                  + " spans more than one cluster; cluster-robust fixed effects need the panels"
                  + " nested within the clusters (as Stata's xtreg)");
        }
      }
    }
    if (data.clusterCount < 2) {
      throw new InputException(model + ": cluster-robust standard errors need 2 or more clusters");
    }
    return data.clusterCount;
  }

  /** The within residuals y~ - X~ b of a fitted model (used by the heteroskedasticity test). */
  static double[] residuals(PanelData data, Estimates est) {
    double[] e = demean(data.y, unitMeans(data.y, data.unitStart), data.unitStart);
    for (int i = 0; i < est.terms().size(); i++) {
      String term = est.terms().get(i);
      if (term.equals(Estimates.CONSTANT)) {
        continue;
      }
      double[] col = data.x[data.regressors.indexOf(term)];
      double[] cw = demean(col, unitMeans(col, data.unitStart), data.unitStart);
      double b = est.coef().get(i);
      for (int r = 0; r < e.length; r++) {
        e[r] -= b * cw[r];
      }
    }
    return e;
  }

  /** Regressors that do not vary within any panel (absorbed by the fixed effects). */
  static List<String> timeInvariant(PanelData data) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < data.x.length; j++) {
      double[] w = demean(data.x[j], unitMeans(data.x[j], data.unitStart), data.unitStart);
      if (sumSquares(w) <= 1e-20 * Math.max(sumSquares(data.x[j]), Double.MIN_NORMAL)) {
        out.add(data.regressors.get(j));
      }
    }
    return out;
  }

  static void requireNoSingletons(PanelData data, String estimator) {
    List<String> single = data.singletons();
    if (!single.isEmpty()) {
      throw new InputException(
          estimator
              + ": panel "
              + String.join(", ", single.subList(0, Math.min(5, single.size())))
              + (single.size() > 5 ? " and " + (single.size() - 5) + " more" : "")
              + " has a single observation; this estimator needs at least two per panel (drop the"
              + " panel or use ols)");
    }
  }

  static void requireUnits(PanelData data, int min, String estimator) {
    if (data.unitCount() < min) {
      throw new InputException(
          estimator
              + ": the data have "
              + data.unitCount()
              + " panel(s); this estimator needs at least "
              + min);
    }
  }

  static double[] unitMeans(double[] v, int[] start) {
    double[] m = new double[start.length - 1];
    for (int u = 0; u < m.length; u++) {
      double s = 0;
      for (int r = start[u]; r < start[u + 1]; r++) {
        s += v[r];
      }
      m[u] = s / (start[u + 1] - start[u]);
    }
    return m;
  }

  static double[] demean(double[] v, double[] means, int[] start) {
    double[] out = new double[v.length];
    for (int u = 0; u < means.length; u++) {
      for (int r = start[u]; r < start[u + 1]; r++) {
        out[r] = v[r] - means[u];
      }
    }
    return out;
  }

  static double sumSquares(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d * d;
    }
    return s;
  }

  static double variance(double[] v) {
    double m = PooledOls.mean(v);
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return s / (v.length - 1);
  }

  static double squaredCorrelation(double[] a, double[] b) {
    double ma = PooledOls.mean(a);
    double mb = PooledOls.mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa == 0 || sbb == 0 ? 0 : sab * sab / (saa * sbb);
  }
}
