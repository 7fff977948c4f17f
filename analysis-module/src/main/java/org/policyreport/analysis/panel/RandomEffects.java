package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.api.EstimationException;

/**
 * Random-effects GLS with Swamy-Arora variance components as R plm {@code model = "random",
 * random.method = "swar"} computes them, including its unbalanced-panel form (Baltagi and Chang
 * 1994); on balanced panels this equals Stata {@code xtreg, re}. (Stata's default {@code xtreg, re}
 * differs on unbalanced panels: it uses the unweighted between regression and the harmonic mean of
 * the T_i.)
 *
 * <ul>
 *   <li>sigma_e^2 = SSR_within / (N - n - k_w), k_w the regressors that vary within panels;
 *   <li>sigma_u^2 = (SSR_B - (n - K_B) sigma_e^2) / (N - tr[(Z_B'Z_B)^-1 Z_S'Z]), where SSR_B =
 *       sum_i T_i e_i^2 from the regression of the unit means on the unit means of the regressors
 *       and a constant weighted by T_i (K_B the coefficients it estimates, after collinear ones are
 *       dropped), Z_B holds each observation's unit means and Z_S its unit sums; balanced:
 *       SSR_B/(T(n - K)) - sigma_e^2/T; truncated at 0;
 *   <li>theta_i = 1 - sqrt(sigma_e^2 / (T_i sigma_u^2 + sigma_e^2));
 *   <li>OLS of y_it - theta_i ybar_i on (1 - theta_i, x_it - theta_i xbar_i), V = s^2 (X*'X*)^-1
 *       with s^2 = SSR* / (N - K) (plm's convention, equal to Stata on Grunfeld); z statistics.
 * </ul>
 */
public final class RandomEffects {
  private final PooledOls.Vce vce;

  /** The conventional covariance. */
  public RandomEffects() {
    this(PooledOls.Vce.CONVENTIONAL);
  }

  /**
   * With {@code vce} robust or cluster (robust = clustered by panel): the sandwich on the
   * quasi-demeaned regression, V = G/(G-1) (N-1)/(N-K) (X*'X*)^-1 (sum_g X*_g'e_g e_g'X*_g)
   * (X*'X*)^-1, K counting the constant, as R plm {@code vcovHC(method = "arellano", type =
   * "sss")}.
   */
  public RandomEffects(PooledOls.Vce vce) {
    this.vce = vce;
  }

  /**
   * @param thetaByPanel theta_i by unit label (one value repeated when the panel is balanced)
   */
  public record Result(
      Estimates estimates,
      int nobs,
      int units,
      double sigmaU,
      double sigmaE,
      double rho,
      double thetaMin,
      double thetaMax,
      boolean balanced,
      double waldChi2,
      int waldDf,
      double rSquaredWithin,
      double rSquaredBetween,
      double rSquaredOverall,
      boolean sigmaUTruncated,
      Map<String, Double> thetaByPanel,
      int clusters) {
    public Result {
      thetaByPanel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thetaByPanel));
    }
  }

  public Result fit(PanelData data) {
    String model = "random effects (re)";
    FixedEffects.requireNoSingletons(data, "re");
    FixedEffects.requireUnits(data, 2, "re");
    int n = data.nobs();
    int g = data.unitCount();
    double[][] design = data.designWithConstant();
    List<String> names = data.designNames();
    int[] pooledKept = LeastSquares.independentColumns(LeastSquares.crossProducts(design, null));
    int p = pooledKept.length;

    // Within step: only the regressors that vary within panels enter sigma_e^2.
    double[][] xw = new double[p - 1][];
    double[][] means = new double[p][];
    for (int i = 0; i < p; i++) {
      means[i] = FixedEffects.unitMeans(design[pooledKept[i]], data.unitStart);
      if (i > 0) {
        xw[i - 1] = FixedEffects.demean(design[pooledKept[i]], means[i], data.unitStart);
      }
    }
    double[] ybarUnit = FixedEffects.unitMeans(data.y, data.unitStart);
    double[] yw = FixedEffects.demean(data.y, ybarUnit, data.unitStart);
    int kWithin = 0;
    double ssrWithin = FixedEffects.sumSquares(yw);
    if (xw.length > 0) {
      int[] varying = LeastSquares.independentColumns(LeastSquares.crossProducts(xw, null));
      if (varying.length > 0) {
        double[][] sub = new double[varying.length][];
        for (int i = 0; i < varying.length; i++) {
          sub[i] = xw[varying[i]];
        }
        LeastSquares.Solution within = LeastSquares.fit(sub, yw, null, model + " within step");
        kWithin = within.kept().length;
        ssrWithin = within.ssr();
      }
    }
    int dfWithin = n - g - kWithin;
    if (dfWithin <= 0) {
      throw new EstimationException(
          model + ": too few observations to estimate sigma_e (within df " + dfWithin + ")");
    }
    double s2e = ssrWithin / dfWithin;

    // Between step: the unit means, each weighted by its T_i (plm's "Between" model at the
    // observation level); on a balanced panel this is the plain between regression.
    double[][] between = new double[p][];
    for (int i = 0; i < p; i++) {
      between[i] = means[i];
    }
    double[] t = new double[g];
    double[] t2 = new double[g];
    for (int u = 0; u < g; u++) {
      t[u] = data.periods(u);
      t2[u] = t[u] * t[u];
    }
    LeastSquares.Solution b = LeastSquares.fit(between, ybarUnit, t, model + " between step");
    int[] bk = b.kept();
    // The between regression may lose more columns than the pooled one (period dummies have the
    // same unit means on a balanced panel): its df count the columns it estimated, as plm.
    int pBetween = bk.length;
    if (g <= pBetween) {
      throw new EstimationException(
          model
              + ": "
              + g
              + " panels are too few for the between regression with "
              + pBetween
              + " coefficients");
    }
    double[][] sums = LeastSquares.subMatrix(LeastSquares.crossProducts(between, t2), bk);
    double trace = 0;
    for (int i = 0; i < bk.length; i++) {
      for (int j = 0; j < bk.length; j++) {
        trace += b.inverse()[i][j] * sums[j][i];
      }
    }
    // E[SSR_between] = (n - K - 1) sigma_e^2 + (N - tr[(Z_B'Z_B)^-1 Z_S'Z]) sigma_u^2.
    double s2u = (b.ssr() - (g - pBetween) * s2e) / (n - trace);
    boolean truncated = s2u < 0;
    if (truncated) {
      s2u = 0;
    }

    double[] theta = new double[g];
    Map<String, Double> thetaByPanel = new LinkedHashMap<>();
    double tmin = Double.POSITIVE_INFINITY;
    double tmax = Double.NEGATIVE_INFINITY;
    for (int u = 0; u < g; u++) {
      theta[u] = 1 - Math.sqrt(s2e / (data.periods(u) * s2u + s2e));
      thetaByPanel.put(data.units.get(u), theta[u]);
      tmin = Math.min(tmin, theta[u]);
      tmax = Math.max(tmax, theta[u]);
    }
    double[][] xs = new double[p][];
    for (int i = 0; i < p; i++) {
      xs[i] = quasiDemean(design[pooledKept[i]], means[i], theta, data.unitStart);
    }
    double[] ys = quasiDemean(data.y, ybarUnit, theta, data.unitStart);
    LeastSquares.Solution gls = LeastSquares.fit(xs, ys, null, model + " GLS step");
    if (gls.kept().length != p) {
      throw new EstimationException(model + ": GLS step lost a regressor to collinearity");
    }
    double s2 = gls.ssr() / (n - p);
    double[][] vcov = PooledOls.scale(gls.inverse(), s2);
    int clusters = 0;
    if (vce != PooledOls.Vce.CONVENTIONAL) {
      clusters = data.clusterCount;
      if (clusters < 2) {
        throw new org.policyreport.contract.InputException(
            model + ": cluster-robust standard errors need 2 or more clusters");
      }
      double[] e = LeastSquares.residuals(xs, ys, gls.kept(), gls.beta());
      double[][] meat = Sandwich.meat(xs, gls.kept(), e, data.cluster, clusters);
      double factor = clusters / (clusters - 1.0) * (n - 1.0) / (n - (double) p);
      vcov = PooledOls.scale(Sandwich.sandwich(gls.inverse(), meat), factor);
    }
    List<String> keptNames = new ArrayList<>();
    for (int i : pooledKept) {
      keptNames.add(names.get(i));
    }
    int[] identity = java.util.stream.IntStream.range(0, p).toArray();
    Estimates est =
        Estimates.constantLast(
            keptNames, identity, gls.beta(), vcov, PanelData.dropped(names, pooledKept));

    // R-squared as Stata reports after xtreg, re: squared correlations of fitted and observed
    // values.
    double[] xbAll = new double[n];
    double[] xbWithin = new double[n];
    double[] xbUnit = new double[g];
    for (int i = 1; i < p; i++) {
      double coef = gls.beta()[i];
      double[] col = design[pooledKept[i]];
      for (int r = 0; r < n; r++) {
        xbAll[r] += col[r] * coef;
        xbWithin[r] += xw[i - 1][r] * coef;
      }
      for (int u = 0; u < g; u++) {
        xbUnit[u] += means[i][u] * coef;
      }
    }
    double wald = est.waldOfSlopes(model);
    return new Result(
        est,
        n,
        g,
        Math.sqrt(s2u),
        Math.sqrt(s2e),
        s2u / (s2u + s2e),
        tmin,
        tmax,
        data.isBalanced(),
        wald,
        est.slopes().length,
        FixedEffects.squaredCorrelation(xbWithin, yw),
        FixedEffects.squaredCorrelation(xbUnit, ybarUnit),
        FixedEffects.squaredCorrelation(xbAll, data.y),
        truncated,
        thetaByPanel,
        clusters);
  }

  private static double[] quasiDemean(double[] v, double[] means, double[] theta, int[] start) {
    double[] out = new double[v.length];
    for (int u = 0; u < means.length; u++) {
      double m = theta[u] * means[u];
      for (int r = start[u]; r < start[u + 1]; r++) {
        out[r] = v[r] - m;
      }
    }
    return out;
  }
}
