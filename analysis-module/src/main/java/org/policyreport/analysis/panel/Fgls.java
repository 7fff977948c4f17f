package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.InputException;

/**
 * Feasible GLS exactly as Stata's {@code xtgls} (xtgls.ado 2.7.2, _crcar1.ado):
 *
 * <ol>
 *   <li>pooled OLS of y on X with a constant; residuals e;
 *   <li>corr(ar1|psar1): rho_i per panel from e (rhotype regress: sum e_t e_t-1 / sum e_t-1^2; dw:
 *       1 - DW_i/2); ar1 uses the common rho = sum T_i rho_i / sum T_i; Prais-Winsten transform of
 *       y and of every column of X, the constant included; OLS on the transformed data gives
 *       residuals e* (for corr(independent) e* = e);
 *   <li>variances from e*: iid sum e*^2/N, heteroskedastic sum_t e*_it^2/T_i, correlated sigma_ij =
 *       sum_t e*_it e*_jt / T;
 *   <li>GLS on the transformed data, V = (X*' W X*)^-1 without df correction (nmk: times N/(N-k));
 *       with igls, steps 3-4 repeat from the GLS residuals (rho stays at its step-2 value) until
 *       the largest |change in b| / (|b| + 1) is below the tolerance.
 * </ol>
 *
 * The log likelihood is reported only where Stata reports one: corr(independent) with panels(iid)
 * or igls.
 */
public final class Fgls {
  /** The panel-level error covariance. */
  public enum PanelVariance {
    IID,
    HETEROSKEDASTIC,
    CORRELATED
  }

  /** The within-panel autocorrelation. */
  public enum Correlation {
    INDEPENDENT,
    AR1,
    PSAR1
  }

  /** How the rho_i are estimated from the OLS residuals. */
  public enum RhoType {
    REGRESS,
    DW
  }

  public record Options(
      PanelVariance panels,
      Correlation corr,
      RhoType rhoType,
      boolean igls,
      boolean nmk,
      double tolerance,
      int maxIterations) {
    public Options {
      if (panels == null || corr == null || rhoType == null) {
        throw new IllegalArgumentException("panels, corr and rhotype must be set");
      }
      if (!(tolerance > 0) || maxIterations < 1) {
        throw new IllegalArgumentException(
            "tolerance must be positive and maxIterations at least 1");
      }
    }

    /** Stata's defaults: two-step, rhotype(regress), tolerance 1e-7, at most 100 iterations. */
    public static Options of(PanelVariance panels, Correlation corr) {
      return new Options(panels, corr, RhoType.REGRESS, false, false, 1e-7, 100);
    }

    public Options withRhoType(RhoType r) {
      return new Options(panels, corr, r, igls, nmk, tolerance, maxIterations);
    }

    public Options withIgls(boolean on) {
      return new Options(panels, corr, rhoType, on, nmk, tolerance, maxIterations);
    }

    public Options withNmk(boolean on) {
      return new Options(panels, corr, rhoType, igls, on, tolerance, maxIterations);
    }
  }

  /**
   * @param rho the common rho of corr(ar1), else null
   * @param rhoByPanel rho_i by unit (units with fewer than two observations omitted)
   * @param sigma2ByPanel estimated variance by unit (panels hetero or correlated), else empty
   * @param sigma2 the common variance of panels(iid), else null
   * @param sigma the full cross-panel covariance of panels(correlated), else empty
   */
  public record Result(
      Estimates estimates,
      int nobs,
      int units,
      Double rho,
      Map<String, Double> rhoByPanel,
      Map<String, Double> sigma2ByPanel,
      Double sigma2,
      List<List<Double>> sigma,
      double waldChi2,
      int waldDf,
      Double logLikelihood,
      int iterations,
      boolean converged) {
    public Result {
      rhoByPanel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rhoByPanel));
      sigma2ByPanel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sigma2ByPanel));
      List<List<Double>> rows = new ArrayList<>();
      for (List<Double> r : sigma) {
        rows.add(List.copyOf(r));
      }
      sigma = List.copyOf(rows);
    }
  }

  private final Options options;

  public Fgls(Options options) {
    this.options = options;
  }

  public Options options() {
    return options;
  }

  public Result fit(PanelData data) {
    String model =
        "fgls (panels " + name(options.panels()) + ", corr " + name(options.corr()) + ")";
    if (options.corr() != Correlation.INDEPENDENT || options.panels() != PanelVariance.IID) {
      FixedEffects.requireNoSingletons(data, model);
    }
    int n = data.nobs();
    int g = data.unitCount();
    int[] start = data.unitStart;
    double[][] full = data.designWithConstant();
    List<String> fullNames = data.designNames();
    int[] kept = LeastSquares.independentColumns(LeastSquares.crossProducts(full, null));
    int p = kept.length;
    if (n <= p) {
      throw new EstimationException(
          model + ": " + n + " observations are too few for " + p + " coefficients");
    }
    double[][] x = new double[p][];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      x[i] = full[kept[i]];
      names.add(fullNames.get(kept[i]));
    }
    LeastSquares.Solution ols = LeastSquares.fit(x, data.y, null, model + " step 1 (OLS)");

    double[] ys = data.y;
    double[][] xs = x;
    double[] e = ols.residuals();
    Double rho = null;
    Map<String, Double> rhoByPanel = new LinkedHashMap<>();
    if (options.corr() != Correlation.INDEPENDENT) {
      double[] rhoI = new double[g];
      double num = 0;
      double den = 0;
      for (int u = 0; u < g; u++) {
        rhoI[u] = panelRho(e, start[u], start[u + 1]);
        if (Double.isFinite(rhoI[u])) {
          rhoByPanel.put(data.units.get(u), rhoI[u]);
          num += data.periods(u) * rhoI[u];
          den += data.periods(u);
        }
      }
      double[] r = new double[g];
      if (options.corr() == Correlation.AR1) {
        if (den == 0) {
          throw new EstimationException(
              model + ": no panel has residuals from which rho can be estimated");
        }
        rho = num / den;
        if (!(Math.abs(rho) < 1)) {
          throw new EstimationException(
              model
                  + ": estimated rho = "
                  + rho
                  + " is not inside (-1, 1); the Prais-Winsten transform needs |rho| < 1");
        }
        java.util.Arrays.fill(r, rho);
      } else {
        for (int u = 0; u < g; u++) {
          if (!(Math.abs(rhoI[u]) < 1)) {
            throw new EstimationException(
                model
                    + ": rho of panel "
                    + DataTable.excerpt(data.units.get(u))
                    + " is "
                    + rhoI[u]
                    + "; corr(psar1) needs every |rho_i| < 1 (use corr: ar1)");
          }
          r[u] = rhoI[u];
        }
      }
      ys = praisWinsten(data.y, r, start);
      xs = new double[p][];
      for (int i = 0; i < p; i++) {
        xs[i] = praisWinsten(x[i], r, start);
      }
      e = LeastSquares.fit(xs, ys, null, model + " step 1b (OLS on transformed data)").residuals();
    }

    int periods = 0;
    if (options.panels() == PanelVariance.CORRELATED) {
      periods = requireAlignedBalanced(data, model);
    }
    Variance var = variance(e, data, periods, model);
    Gls fit = gls(xs, ys, var, data, periods, model);
    int iterations = 1;
    boolean converged = true;
    if (options.igls()) {
      converged = false;
      while (iterations < options.maxIterations()) {
        double[] resid = residuals(xs, ys, fit.beta);
        var = variance(resid, data, periods, model);
        Gls next = gls(xs, ys, var, data, periods, model);
        iterations++;
        double change = 0;
        for (int i = 0; i < p; i++) {
          change =
              Math.max(change, Math.abs(next.beta[i] - fit.beta[i]) / (Math.abs(fit.beta[i]) + 1));
        }
        fit = next;
        if (change <= options.tolerance()) {
          converged = true;
          break;
        }
      }
    }
    double[][] v = fit.inverse;
    if (options.nmk()) {
      v = PooledOls.scale(v, (double) n / (n - p));
    }
    int[] identity = java.util.stream.IntStream.range(0, p).toArray();
    Estimates est =
        Estimates.constantLast(names, identity, fit.beta, v, PanelData.dropped(fullNames, kept));

    Double ll = null;
    if (options.corr() == Correlation.INDEPENDENT
        && (options.igls() || options.panels() == PanelVariance.IID)) {
      ll = logLikelihood(residuals(x, data.y, fit.beta), var, data, periods);
    }
    Map<String, Double> s2ByPanel = new LinkedHashMap<>();
    Double s2 = null;
    List<List<Double>> sigma = new ArrayList<>();
    if (options.panels() == PanelVariance.IID) {
      s2 = var.byUnit[0];
    } else {
      for (int u = 0; u < g; u++) {
        s2ByPanel.put(data.units.get(u), var.byUnit[u]);
      }
      if (var.sigma != null) {
        for (double[] row : var.sigma) {
          List<Double> l = new ArrayList<>();
          for (double d : row) {
            l.add(d);
          }
          sigma.add(l);
        }
      }
    }
    return new Result(
        est,
        n,
        g,
        rho,
        rhoByPanel,
        s2ByPanel,
        s2,
        sigma,
        est.waldOfSlopes(model),
        est.slopes().length,
        ll,
        iterations,
        converged);
  }

  private double panelRho(double[] e, int from, int to) {
    if (to - from < 2) {
      return Double.NaN;
    }
    double num = 0;
    double den = 0;
    if (options.rhoType() == RhoType.REGRESS) {
      for (int r = from + 1; r < to; r++) {
        num += e[r] * e[r - 1];
        den += e[r - 1] * e[r - 1];
      }
      return den > 0 ? num / den : Double.NaN;
    }
    for (int r = from; r < to; r++) {
      den += e[r] * e[r];
      if (r > from) {
        num += (e[r] - e[r - 1]) * (e[r] - e[r - 1]);
      }
    }
    return den > 0 ? 1 - num / den / 2 : Double.NaN;
  }

  static double[] praisWinsten(double[] z, double[] rho, int[] start) {
    double[] out = new double[z.length];
    for (int u = 0; u < rho.length; u++) {
      int s = start[u];
      if (s == start[u + 1]) {
        continue;
      }
      double r = rho[u];
      out[s] = Math.sqrt(1 - r * r) * z[s];
      for (int t = s + 1; t < start[u + 1]; t++) {
        out[t] = z[t] - r * z[t - 1];
      }
    }
    return out;
  }

  /** Per-unit variances (iid: one value repeated) and, for correlated panels, the full matrix. */
  private record Variance(double[] byUnit, double[][] sigma) {}

  private record Gls(double[] beta, double[][] inverse) {}

  private Variance variance(double[] e, PanelData data, int periods, String model) {
    int g = data.unitCount();
    int[] start = data.unitStart;
    double[] s = new double[g];
    switch (options.panels()) {
      case IID:
        java.util.Arrays.fill(s, FixedEffects.sumSquares(e) / e.length);
        break;
      case HETEROSKEDASTIC:
        for (int u = 0; u < g; u++) {
          double ss = 0;
          for (int r = start[u]; r < start[u + 1]; r++) {
            ss += e[r] * e[r];
          }
          s[u] = ss / data.periods(u);
        }
        break;
      default:
        double[][] sigma = new double[g][g];
        for (int a = 0; a < g; a++) {
          for (int b = 0; b <= a; b++) {
            double ss = 0;
            for (int t = 0; t < periods; t++) {
              ss += e[start[a] + t] * e[start[b] + t];
            }
            sigma[a][b] = ss / periods;
            sigma[b][a] = sigma[a][b];
          }
          s[a] = sigma[a][a];
        }
        return new Variance(s, sigma);
    }
    for (int u = 0; u < g; u++) {
      if (!(s[u] > 0)) {
        throw new EstimationException(
            model
                + ": the residual variance of panel "
                + DataTable.excerpt(data.units.get(u))
                + " is zero (the model fits it exactly)");
      }
    }
    return new Variance(s, null);
  }

  private Gls gls(
      double[][] xs, double[] ys, Variance var, PanelData data, int periods, String model) {
    if (var.sigma == null) {
      double[] w = new double[ys.length];
      for (int u = 0; u < data.unitCount(); u++) {
        double wu = 1.0 / var.byUnit[u];
        for (int r = data.unitStart[u]; r < data.unitStart[u + 1]; r++) {
          w[r] = wu;
        }
      }
      LeastSquares.Solution s = LeastSquares.fit(xs, ys, w, model + " GLS step");
      if (s.kept().length != xs.length) {
        throw new EstimationException(model + ": GLS step lost a regressor to collinearity");
      }
      return new Gls(s.beta(), s.inverse());
    }
    // Omega = Sigma (x) I_T: whiten each period's cross-section with the Cholesky factor of Sigma.
    double[][] l =
        LeastSquares.cholesky(
            var.sigma, model + " cross-panel covariance (needs T >= number of panels)");
    double[] yw = whiten(ys, l, data.unitStart, periods);
    double[][] xw = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      xw[i] = whiten(xs[i], l, data.unitStart, periods);
    }
    LeastSquares.Solution s = LeastSquares.fit(xw, yw, null, model + " GLS step");
    if (s.kept().length != xs.length) {
      throw new EstimationException(model + ": GLS step lost a regressor to collinearity");
    }
    return new Gls(s.beta(), s.inverse());
  }

  private static double[] whiten(double[] z, double[][] l, int[] start, int periods) {
    int g = l.length;
    double[] out = new double[z.length];
    double[] v = new double[g];
    for (int t = 0; t < periods; t++) {
      for (int a = 0; a < g; a++) {
        double s = z[start[a] + t];
        for (int b = 0; b < a; b++) {
          s -= l[a][b] * v[b];
        }
        v[a] = s / l[a][a];
        out[start[a] + t] = v[a];
      }
    }
    return out;
  }

  private static double[] residuals(double[][] x, double[] y, double[] beta) {
    return LeastSquares.residuals(
        x, y, java.util.stream.IntStream.range(0, x.length).toArray(), beta);
  }

  private static double logLikelihood(double[] e, Variance var, PanelData data, int periods) {
    int n = e.length;
    double quad = 0;
    double lndet = 0;
    if (var.sigma == null) {
      for (int u = 0; u < data.unitCount(); u++) {
        for (int r = data.unitStart[u]; r < data.unitStart[u + 1]; r++) {
          quad += e[r] * e[r] / var.byUnit[u];
          lndet += Math.log(var.byUnit[u]);
        }
      }
    } else {
      double[][] l = LeastSquares.cholesky(var.sigma, "fgls log likelihood");
      double[] w = whiten(e, l, data.unitStart, periods);
      quad = FixedEffects.sumSquares(w);
      for (int a = 0; a < l.length; a++) {
        lndet += 2 * periods * Math.log(l[a][a]);
      }
    }
    return -0.5 * (n * Math.log(2 * Math.PI) + lndet + quad);
  }

  private static int requireAlignedBalanced(PanelData data, String model) {
    int t = data.periods(0);
    for (int u = 0; u < data.unitCount(); u++) {
      if (data.periods(u) != t) {
        throw new InputException(
            model
                + ": panels(correlated) needs a balanced panel; panel "
                + data.units.get(u)
                + " has "
                + data.periods(u)
                + " periods, panel "
                + data.units.get(0)
                + " has "
                + t);
      }
      for (int k = 0; k < t; k++) {
        if (data.period[data.unitStart[u] + k] != data.period[k]) {
          throw new InputException(
              model
                  + ": panels(correlated) needs every panel observed in the same periods; panel "
                  + data.units.get(u)
                  + " differs from panel "
                  + data.units.get(0));
        }
      }
    }
    if (t < data.unitCount()) {
      throw new InputException(
          model
              + ": panels(correlated) needs at least as many periods ("
              + t
              + ") as panels ("
              + data.unitCount()
              + ") to estimate the cross-panel covariance");
    }
    return t;
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
