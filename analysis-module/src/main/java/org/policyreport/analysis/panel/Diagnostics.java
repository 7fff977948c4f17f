package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.policyreport.analysis.inference.Tails;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.TestName;
import org.policyreport.contract.TestResult;

/**
 * Specification tests for linear panel models. Each returns null when the data cannot support the
 * test (the runner then adds a note), never a NaN.
 */
public final class Diagnostics {
  private Diagnostics() {}

  /**
   * Hausman test of fixed against random effects: H = d'(V_FE - V_RE)^- d over the common slopes, d
   * = b_FE - b_RE (plm {@code phtest}, Stata {@code hausman fe re}). V_FE - V_RE is inverted even
   * when it is not positive definite (noted); only when it is singular a generalized inverse is
   * used and df is its rank. A negative statistic is reported as it is, with Stata's note (its
   * p-value, P(chi2 &gt; H), is 1). The caveats are the test's notes, as codes.
   */
  public static TestResult hausman(Estimates fe, Estimates re) {
    List<String> common = new ArrayList<>();
    for (String t : fe.terms()) {
      if (!t.equals(Estimates.CONSTANT) && re.terms().contains(t)) {
        common.add(t);
      }
    }
    int q = common.size();
    if (q == 0) {
      return null;
    }
    double[] d = new double[q];
    double[][] v = new double[q][q];
    for (int i = 0; i < q; i++) {
      int fi = fe.index(common.get(i));
      int ri = re.index(common.get(i));
      d[i] = fe.coef().get(fi) - re.coef().get(ri);
      for (int j = 0; j < q; j++) {
        v[i][j] =
            fe.vcov().get(fi).get(fe.index(common.get(j)))
                - re.vcov().get(ri).get(re.index(common.get(j)));
      }
    }
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(v, false));
    double[] lambda = eig.getRealEigenvalues();
    double max = 0;
    for (double l : lambda) {
      max = Math.max(max, Math.abs(l));
    }
    // As Stata's hausman (invsym) and R's phtest (solve): a non-singular difference is inverted
    // even when it is indefinite; only a singular one gets a generalized inverse, df = its rank.
    double h = 0;
    int rank = 0;
    boolean notPositive = false;
    for (int k = 0; k < q; k++) {
      if (Math.abs(lambda[k]) > 1e-12 * max) {
        double proj = eig.getEigenvector(k).dotProduct(new ArrayRealVector(d));
        h += proj * proj / lambda[k];
        rank++;
      }
      if (!(lambda[k] > 1e-12 * max)) {
        notPositive = true;
      }
    }
    if (rank == 0 || !Double.isFinite(h)) {
      return null;
    }
    List<Note> notes = new ArrayList<>();
    if (notPositive) {
      notes.add(
          rank < q
              ? Note.of(NoteCode.HAUSMAN_SINGULAR, rank)
              : Note.of(NoteCode.HAUSMAN_NOT_POSITIVE_DEFINITE));
    }
    if (h < 0) {
      // Stata: the models fitted on these data fail to meet the asymptotic assumptions.
      notes.add(Note.of(NoteCode.HAUSMAN_NEGATIVE));
    }
    return new TestResult(TestName.HAUSMAN, h, rank, null, Tails.chi2(h, rank), "chi2", notes);
  }

  /**
   * Breusch-Pagan Lagrange multiplier test for random effects (Stata {@code xttest0}, plm {@code
   * plmtest(type = "bp")}, Baltagi-Li form for unbalanced panels) from pooled OLS residuals: LM =
   * N^2 / (2 (sum T_i^2 - N)) (sum_i (sum_t e_it)^2 / sum e^2 - 1)^2. As Stata, the one-sided
   * chibar2(01) p-value: a negative inner term gives 0.
   */
  public static TestResult breuschPagan(PanelData data) {
    LeastSquares.Solution ols =
        LeastSquares.fit(data.designWithConstant(), data.y, null, "Breusch-Pagan LM test");
    double[] e = ols.residuals();
    double ssq = FixedEffects.sumSquares(e);
    double sumSq = 0;
    double t2 = 0;
    for (int u = 0; u < data.unitCount(); u++) {
      double s = 0;
      for (int r = data.unitStart[u]; r < data.unitStart[u + 1]; r++) {
        s += e[r];
      }
      sumSq += s * s;
      t2 += (double) data.periods(u) * data.periods(u);
    }
    double n = data.nobs();
    if (!(ssq > 0) || t2 <= n) {
      return null;
    }
    double a = sumSq / ssq - 1;
    double lm = n * n / (2 * (t2 - n)) * a * a;
    double stat = a > 0 ? lm : 0;
    double p = stat > 0 ? 0.5 * Tails.chi2(stat, 1) : 1.0;
    return new TestResult(
        TestName.BREUSCH_PAGAN_LM,
        stat,
        1,
        null,
        p,
        "chibar2",
        a > 0 ? List.of() : List.of(Note.of(NoteCode.BREUSCH_PAGAN_NEGATIVE)));
  }

  /**
   * Modified Wald test for groupwise heteroskedasticity after fixed effects (Greene; Stata {@code
   * xttest3}): W = sum_i (s_i^2 - s^2)^2 / V_i with s_i^2 = sum_t e_it^2 / T_i, s^2 = sum e^2 / N
   * and V_i = sum_t (e_it^2 - s_i^2)^2 / (T_i (T_i - 1)); chi2 with n df. Panels with V_i = 0 are
   * left out (df reduced) and named in the note.
   */
  public static TestResult modifiedWald(PanelData data, Estimates fe) {
    double[] e = FixedEffects.residuals(data, fe);
    double s2 = FixedEffects.sumSquares(e) / e.length;
    double w = 0;
    int df = 0;
    List<String> skipped = new ArrayList<>();
    for (int u = 0; u < data.unitCount(); u++) {
      int t = data.periods(u);
      double si = 0;
      for (int r = data.unitStart[u]; r < data.unitStart[u + 1]; r++) {
        si += e[r] * e[r];
      }
      si /= t;
      double vi = 0;
      for (int r = data.unitStart[u]; r < data.unitStart[u + 1]; r++) {
        double dev = e[r] * e[r] - si;
        vi += dev * dev;
      }
      vi = t > 1 ? vi / (t * (t - 1.0)) : 0;
      if (!(vi > 0)) {
        skipped.add(data.units.get(u));
        continue;
      }
      w += (si - s2) * (si - s2) / vi;
      df++;
    }
    if (df == 0 || !Double.isFinite(w)) {
      return null;
    }
    double p = Tails.chi2(w, df);
    return new TestResult(
        TestName.MODIFIED_WALD_GROUPWISE_HETEROSKEDASTICITY,
        w,
        df,
        null,
        p,
        "chi2",
        skipped.isEmpty()
            ? List.of()
            : List.of(
                Note.of(
                    NoteCode.MODIFIED_WALD_PANELS_LEFT_OUT,
                    skipped.size(),
                    String.join(", ", skipped))));
  }

  /**
   * Wooldridge test for serial correlation (Drukker 2003, Stata {@code xtserial}): OLS of the first
   * differences of y on the first differences of X without constant; the residuals u regressed on
   * their lag (no constant, cluster-robust by panel); F = ((b + 0.5) / se)^2 with (1, G - 1) df, G
   * the panels contributing a pair. Differences are taken only between consecutive periods.
   */
  public static TestResult wooldridge(PanelData data) {
    int n = data.nobs();
    int k = data.x.length;
    int[] unit = data.unitOfObservation();
    int[] diffRow = new int[n];
    int m = 0;
    for (int r = 1; r < n; r++) {
      if (sameUnitNextPeriod(data, unit, r - 1, r)) {
        diffRow[m++] = r;
      }
    }
    if (m <= k) {
      return null;
    }
    double[] dy = new double[m];
    double[][] dx = new double[k][m];
    for (int i = 0; i < m; i++) {
      int r = diffRow[i];
      dy[i] = data.y[r] - data.y[r - 1];
      for (int j = 0; j < k; j++) {
        dx[j][i] = data.x[j][r] - data.x[j][r - 1];
      }
    }
    double[] u;
    if (k == 0
        || LeastSquares.independentColumns(LeastSquares.crossProducts(dx, null)).length == 0) {
      u = dy;
    } else {
      u = LeastSquares.fit(dx, dy, null, "Wooldridge serial-correlation test").residuals();
    }
    double sxx = 0;
    double sxy = 0;
    List<int[]> pairs = new ArrayList<>();
    for (int i = 1; i < m; i++) {
      if (sameUnitNextPeriod(data, unit, diffRow[i - 1], diffRow[i])) {
        pairs.add(new int[] {i - 1, i});
        sxx += u[i - 1] * u[i - 1];
        sxy += u[i - 1] * u[i];
      }
    }
    int pairCount = pairs.size();
    if (pairCount < 2 || !(sxx > 0)) {
      return null;
    }
    double b = sxy / sxx;
    Map<Integer, Double> score = new LinkedHashMap<>();
    for (int[] pr : pairs) {
      double s = u[pr[0]] * (u[pr[1]] - b * u[pr[0]]);
      score.merge(unit[diffRow[pr[1]]], s, Double::sum);
    }
    int g = score.size();
    if (g < 2) {
      return null;
    }
    double meat = 0;
    for (double s : score.values()) {
      meat += s * s;
    }
    // Stata regress cluster factor with k = 1: (G/(G-1)) (N-1)/(N-1).
    double var = meat / (sxx * sxx) * g / (g - 1.0);
    if (!(var > 0)) {
      return null;
    }
    double f = (b + 0.5) * (b + 0.5) / var;
    double p = Tails.f(f, 1, g - 1);
    return new TestResult(TestName.WOOLDRIDGE_SERIAL_CORRELATION, f, 1, g - 1, p, "F", List.of());
  }

  private static boolean sameUnitNextPeriod(PanelData data, int[] unit, int a, int b) {
    return unit[a] == unit[b] && data.period[b] - data.period[a] == 1;
  }

  /**
   * Variance inflation factors of the regressors, 1 / (1 - R_j^2) from the regression of each on
   * the others with a constant, i.e. the diagonal of the inverse correlation matrix.
   */
  public static Map<String, Double> vif(PanelData data, List<String> regressors) {
    int k = regressors.size();
    Map<String, Double> out = new LinkedHashMap<>();
    if (k < 2) {
      for (String r : regressors) {
        out.put(r, 1.0);
      }
      return out;
    }
    double[][] c = new double[k][];
    for (int j = 0; j < k; j++) {
      double[] col = data.x[data.regressors.indexOf(regressors.get(j))];
      double mean = PooledOls.mean(col);
      double sd = Math.sqrt(FixedEffects.variance(col));
      c[j] = new double[col.length];
      for (int r = 0; r < col.length; r++) {
        c[j][r] = (col[r] - mean) / sd;
      }
    }
    double[][] corr = LeastSquares.crossProducts(c, null);
    double[][] inv = LeastSquares.inverseOf(corr, "variance inflation factors");
    double scale = data.nobs() - 1.0;
    for (int j = 0; j < k; j++) {
      out.put(regressors.get(j), inv[j][j] * scale);
    }
    return out;
  }
}
