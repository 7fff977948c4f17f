package org.policyreport.analysis.count;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.analysis.inference.Reference;
import org.policyreport.analysis.inference.Wald;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;

/**
 * Fits Poisson, NB2, gnbreg and NB-P by maximum likelihood: Newton with step halving on analytic
 * derivatives, starting from Poisson (itself started at the log of the mean), NB2 from Poisson,
 * gnbreg and NB-P from NB2. Pure: the same data and options give the same result bit for bit.
 */
public final class CountEstimator {
  static final String MAIN = "main";
  static final String LNALPHA = "lnalpha";
  static final String POWER = "P";
  static final String CONS = "_cons";

  private final CountOptions options;

  public CountEstimator(CountOptions options) {
    this.options = options;
  }

  public CountOptions options() {
    return options;
  }

  public CountFit fit(CountData data) {
    CountModel model = options.model();
    String name = model.estimatorName();
    int n = data.observations();
    if (model != CountModel.GNBREG && data.z.length > 0) {
      throw new IllegalArgumentException(name + " has no ln alpha regressors (only gnbreg has)");
    }
    if (options.vce() == Vce.CLUSTER && data.cluster == null) {
      throw new IllegalArgumentException("vce cluster needs cluster numbers");
    }
    List<String> omitted = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    Equation x =
        Equation.select(
            options.constant(), data.xNames, data.x, n, NoteCode.OMITTED_COLLINEAR, omitted, notes);
    Equation z =
        Equation.select(
            true, data.zNames, data.z, n, NoteCode.OMITTED_COLLINEAR_LNALPHA, omitted, notes);
    if (x.cols.length == 0) {
      throw new EstimationException(name + ": the mean equation has no regressors and no constant");
    }
    if (n <= x.cols.length + (model.hasDispersion() ? z.cols.length : 0)) {
      throw new EstimationException(
          name
              + ": not enough observations ("
              + n
              + ") for "
              + (x.cols.length + z.cols.length)
              + " parameters");
    }
    double lnGammaY1 = sumLnGammaYPlus1(data.y);
    int cap = options.maxIterations();
    int auxCap = CountOptions.DEFAULT_MAX_ITERATIONS;

    Objective poisson =
        new Objective(
            new PoissonLikelihood(), data.y, new double[][][] {x.cols}, data.offset, lnGammaY1);
    Newton.Outcome pois =
        Newton.maximize(poisson, poissonStart(data, x), model == CountModel.POISSON ? cap : auxCap);
    Double llPoisson = pois.converged ? pois.at.logLik : null;
    Double llNb2 = null;
    Objective objective;
    Newton.Outcome fit;
    double[][] ones = {null};
    if (model == CountModel.POISSON) {
      objective = poisson;
      fit = pois;
    } else {
      if (!pois.converged) {
        notes.add(Note.of(NoteCode.POISSON_START_NOT_CONVERGED, auxCap));
      }
      Objective nb2 =
          new Objective(
              new NegativeBinomialLikelihood(),
              data.y,
              new double[][][] {x.cols, ones},
              data.offset,
              lnGammaY1);
      double[] nb2Start = append(pois.theta, lnAlphaStart(poisson, pois.theta, data.y));
      Newton.Outcome nb = Newton.maximize(nb2, nb2Start, model == CountModel.NB2 ? cap : auxCap);
      if (model == CountModel.NB2) {
        objective = nb2;
        fit = nb;
      } else {
        if (!nb.converged) {
          notes.add(Note.of(NoteCode.NB2_START_NOT_CONVERGED, auxCap));
        } else {
          llNb2 = nb.at.logLik;
        }
        if (model == CountModel.GNBREG) {
          objective =
              new Objective(
                  new NegativeBinomialLikelihood(),
                  data.y,
                  new double[][][] {x.cols, z.cols},
                  data.offset,
                  lnGammaY1);
          double[] g = new double[z.cols.length];
          g[0] = nb.theta[nb.theta.length - 1];
          fit =
              Newton.maximize(
                  objective, append(java.util.Arrays.copyOf(nb.theta, x.cols.length), g), cap);
        } else {
          objective =
              new Objective(
                  new NegativeBinomialPLikelihood(),
                  data.y,
                  new double[][][] {x.cols, ones, ones},
                  data.offset,
                  lnGammaY1);
          fit = Newton.maximize(objective, append(nb.theta, 2.0), cap);
        }
      }
    }
    if (!Double.isFinite(fit.at.logLik)) {
      throw new EstimationException(
          name + ": the log likelihood is not finite at the start values");
    }

    List<String> equations = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    addNames(equations, terms, MAIN, x.names);
    if (model == CountModel.GNBREG) {
      addNames(equations, terms, LNALPHA, z.names);
    } else if (model.hasDispersion()) {
      addNames(equations, terms, LNALPHA, List.of(CONS));
    }
    if (model == CountModel.NBP) {
      addNames(equations, terms, POWER, List.of(CONS));
    }
    double[][] vcov =
        options.vce() == Vce.EIM && model == CountModel.NB2
            ? expectedInformationCovariance(objective, fit, x.cols, name)
            : covariance(objective, fit, data, name);
    List<Coefficient> rows = Wald.rows(equations, terms, fit.theta, vcov, Reference.normal());

    Double llNull = null;
    int slopes = x.cols.length - (x.hasConstant ? 1 : 0);
    if (x.hasConstant && slopes > 0) {
      llNull = constantOnly(data, lnGammaY1, model, notes);
    }
    List<Coefficient> me = marginalEffects(objective, fit.theta, x, vcov);
    return new CountFit(
        model,
        options.vce(),
        n,
        data.clusters,
        rows,
        toLists(vcov),
        fit.at.logLik,
        fit.converged,
        fit.iterations,
        fit.gradientMaxAbs(),
        fit.theta.length,
        llNull,
        slopes,
        llPoisson,
        llNb2,
        me,
        omitted,
        notes);
  }

  private double[][] covariance(Objective f, Newton.Outcome fit, CountData data, String name) {
    int p = fit.theta.length;
    double[][] info = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        info[i][j] = -fit.at.hessian[i][j];
      }
    }
    Cholesky c = Cholesky.of(info);
    if (c == null) {
      throw new EstimationException(
          name
              + ": the information matrix is not positive definite at the "
              + (fit.converged ? "estimate" : "last iterate (the fit did not converge)")
              + "; standard errors cannot be computed");
    }
    double[][] inv = c.inverse();
    // Poisson's log link is canonical: its expected and observed information are the same.
    if (options.vce() == Vce.OIM || options.vce() == Vce.EIM) {
      return inv;
    }
    double[][] meat;
    double factor;
    if (options.vce() == Vce.ROBUST) {
      meat = f.scoreOuterProduct(fit.theta);
      int n = f.observations();
      factor = n / (n - 1.0);
    } else {
      double[][] sums = f.clusterScores(fit.theta, data.cluster, data.clusters);
      meat = new double[p][p];
      for (double[] s : sums) {
        for (int a = 0; a < p; a++) {
          for (int b = 0; b < p; b++) {
            meat[a][b] += s[a] * s[b];
          }
        }
      }
      int g = data.clusters;
      if (g < 2) {
        throw new EstimationException(name + ": vce cluster needs at least 2 clusters, found " + g);
      }
      factor = g / (g - 1.0);
    }
    double[][] v = multiply(multiply(inv, meat), inv);
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        v[a][b] *= factor;
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        double s = 0.5 * (v[a][b] + v[b][a]);
        v[a][b] = s;
        v[b][a] = s;
      }
    }
    return v;
  }

  /**
   * NB2 covariance as R's {@code glm.nb} reports it: the expected information of b, X'WX with W =
   * mu/(1 + alpha mu), inverted; ln alpha from its own observed information with b held fixed; no
   * covariance between the two blocks.
   */
  private static double[][] expectedInformationCovariance(
      Objective f, Newton.Outcome fit, double[][] cols, String name) {
    int k = cols.length;
    int p = fit.theta.length;
    double[] eta = f.index(fit.theta, 0);
    double alpha = Math.exp(fit.theta[k]);
    double[][] info = new double[k][k];
    for (int i = 0; i < eta.length; i++) {
      double mu = Math.exp(eta[i]);
      double w = mu / (1 + alpha * mu);
      for (int a = 0; a < k; a++) {
        double xa = cols[a] == null ? 1 : cols[a][i];
        for (int b = 0; b <= a; b++) {
          info[a][b] += w * xa * (cols[b] == null ? 1 : cols[b][i]);
        }
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < a; b++) {
        info[b][a] = info[a][b];
      }
    }
    Cholesky c = Cholesky.of(info);
    double laInfo = -fit.at.hessian[k][k];
    if (c == null || !(laInfo > 0)) {
      throw new EstimationException(
          name + ": the expected information matrix is not positive definite at the estimate");
    }
    double[][] inv = c.inverse();
    double[][] v = new double[p][p];
    for (int a = 0; a < k; a++) {
      System.arraycopy(inv[a], 0, v[a], 0, k);
    }
    v[k][k] = 1 / laInfo;
    return v;
  }

  /**
   * Constant-only Poisson (for Poisson) or constant-only NB2 with alpha re-estimated (as Stata).
   * Without an offset the likelihood depends on the counts only through their frequencies, so it is
   * fitted on the distinct counts with frequency weights.
   */
  private Double constantOnly(
      CountData data, double lnGammaY1, CountModel model, List<Note> notes) {
    double[][] cons = {null};
    Equation x0 = new Equation(cons, List.of(CONS), true);
    double[] y = data.y;
    double[] w = null;
    if (data.offset == null) {
      double[][] freq = frequencies(data.y);
      y = freq[0];
      w = freq[1];
    }
    Objective p0 =
        new Objective(
            new PoissonLikelihood(), y, new double[][][] {cons}, data.offset, w, lnGammaY1);
    Newton.Outcome po =
        Newton.maximize(p0, poissonStart(data, x0), CountOptions.DEFAULT_MAX_ITERATIONS);
    Newton.Outcome out = po;
    if (model != CountModel.POISSON && po.converged) {
      Objective nb0 =
          new Objective(
              new NegativeBinomialLikelihood(),
              y,
              new double[][][] {cons, cons},
              data.offset,
              w,
              lnGammaY1);
      out =
          Newton.maximize(
              nb0,
              append(po.theta, lnAlphaStart(data.y, po.theta[0], data.offset)),
              CountOptions.DEFAULT_MAX_ITERATIONS);
    }
    if (!out.converged) {
      notes.add(Note.of(NoteCode.CONSTANT_ONLY_NOT_CONVERGED));
      return null;
    }
    return out.at.logLik;
  }

  /** Distinct values of the counts (ascending) and how often each occurs. */
  private static double[][] frequencies(double[] y) {
    java.util.TreeMap<Double, double[]> counts = new java.util.TreeMap<>();
    double max = 0;
    for (double v : y) {
      max = Math.max(max, v);
    }
    if (max < 1 << 24) {
      int[] c = new int[(int) max + 1];
      for (double v : y) {
        c[(int) v]++;
      }
      for (int v = 0; v < c.length; v++) {
        if (c[v] > 0) {
          counts.put((double) v, new double[] {c[v]});
        }
      }
    } else {
      for (double v : y) {
        counts.computeIfAbsent(v, k -> new double[1])[0]++;
      }
    }
    double[][] out = new double[2][counts.size()];
    int i = 0;
    for (java.util.Map.Entry<Double, double[]> e : counts.entrySet()) {
      out[0][i] = e.getKey();
      out[1][i] = e.getValue()[0];
      i++;
    }
    return out;
  }

  /** Average marginal effects of each regressor on E[y] = mu: b_j mean(mu), by the delta method. */
  private static List<Coefficient> marginalEffects(
      Objective f, double[] theta, Equation x, double[][] vcov) {
    double[] eta = f.index(theta, 0);
    int n = eta.length;
    int k = x.cols.length;
    double meanMu = 0;
    double[] meanMuX = new double[k];
    for (int i = 0; i < n; i++) {
      double mu = Math.exp(eta[i]);
      meanMu += mu;
      eta[i] = mu;
    }
    for (int l = 0; l < k; l++) {
      double[] col = x.cols[l];
      double s = 0;
      if (col == null) {
        s = meanMu;
      } else {
        for (int i = 0; i < n; i++) {
          s += eta[i] * col[i];
        }
      }
      meanMuX[l] = s / n;
    }
    meanMu /= n;
    List<Integer> slopes = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      if (x.cols[j] != null) {
        slopes.add(j);
      }
    }
    int s = slopes.size();
    if (s == 0) {
      return List.of();
    }
    double[] est = new double[s];
    double[][] jac = new double[s][k];
    List<String> eqs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int r = 0; r < s; r++) {
      int j = slopes.get(r);
      est[r] = theta[j] * meanMu;
      for (int l = 0; l < k; l++) {
        jac[r][l] = theta[j] * meanMuX[l] + (l == j ? meanMu : 0);
      }
      eqs.add(MAIN);
      names.add(x.names.get(j));
    }
    double[][] v = new double[s][s];
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        double t = 0;
        for (int l = 0; l < k; l++) {
          for (int m = 0; m < k; m++) {
            t += jac[a][l] * vcov[l][m] * jac[b][m];
          }
        }
        v[a][b] = t;
      }
    }
    return Wald.rows(eqs, names, est, v, Reference.normal());
  }

  private static double[] poissonStart(CountData data, Equation x) {
    double[] start = new double[x.cols.length];
    if (x.hasConstant) {
      double sy = 0;
      double se = 0;
      for (int i = 0; i < data.y.length; i++) {
        sy += data.y[i];
        se += data.offset == null ? 1 : Math.exp(data.offset[i]);
      }
      // log of the mean rate; an all-zero outcome has no finite MLE, so start somewhere finite.
      start[0] = Math.log(Math.max(sy, 0.5) / se);
    }
    return start;
  }

  private static double lnAlphaStart(double[] y, double cons, double[] offset) {
    double[] eta = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      eta[i] = cons + (offset == null ? 0 : offset[i]);
    }
    return lnAlphaStart(eta, y);
  }

  private static double lnAlphaStart(Objective poisson, double[] theta, double[] y) {
    return lnAlphaStart(poisson.index(theta, 0), y);
  }

  /** ln of the moment estimate sum((y-mu)^2 - y) / sum(mu^2), kept inside [1e-4, 1e4]. */
  private static double lnAlphaStart(double[] eta, double[] y) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < y.length; i++) {
      double mu = Math.exp(eta[i]);
      double r = y[i] - mu;
      num += r * r - y[i];
      den += mu * mu;
    }
    double a = num / den;
    if (!(a > 1e-4)) {
      a = 1e-4;
    }
    return Math.log(Math.min(a, 1e4));
  }

  static double sumLnGammaYPlus1(double[] y) {
    double[] cache = new double[1024];
    double s = 0;
    for (double v : y) {
      if (v < cache.length) {
        int k = (int) v;
        if (k >= 2 && cache[k] == 0) {
          cache[k] = Gamma.logGamma(v + 1);
        }
        s += cache[k];
      } else {
        s += Gamma.logGamma(v + 1);
      }
    }
    return s;
  }

  private static void addNames(
      List<String> eqs, List<String> terms, String eq, List<String> names) {
    for (String t : names) {
      eqs.add(eq);
      terms.add(t);
    }
  }

  private static double[] append(double[] a, double... b) {
    double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int p = a.length;
    double[][] c = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int k = 0; k < p; k++) {
        double aik = a[i][k];
        for (int j = 0; j < p; j++) {
          c[i][j] += aik * b[k][j];
        }
      }
    }
    return c;
  }

  private static List<List<Double>> toLists(double[][] m) {
    List<List<Double>> out = new ArrayList<>();
    for (double[] row : m) {
      List<Double> r = new ArrayList<>(row.length);
      for (double v : row) {
        r.add(v);
      }
      out.add(r);
    }
    return out;
  }

  /** The kept columns of one equation and their names (a null column is the constant). */
  private static final class Equation {
    final double[][] cols;
    final List<String> names;
    final boolean hasConstant;

    Equation(double[][] cols, List<String> names, boolean hasConstant) {
      this.cols = cols;
      this.names = names;
      this.hasConstant = hasConstant;
    }

    static Equation select(
        boolean constant,
        List<String> names,
        double[][] cols,
        int n,
        String noteCode,
        List<String> omitted,
        List<Note> notes) {
      List<double[]> all = new ArrayList<>();
      List<String> allNames = new ArrayList<>();
      if (constant) {
        all.add(null);
        allNames.add(CONS);
      }
      for (int j = 0; j < cols.length; j++) {
        all.add(cols[j]);
        allNames.add(names.get(j));
      }
      boolean[] keep = Collinearity.independent(all.toArray(new double[0][]), n);
      List<double[]> kept = new ArrayList<>();
      List<String> keptNames = new ArrayList<>();
      for (int j = 0; j < all.size(); j++) {
        if (keep[j]) {
          kept.add(all.get(j));
          keptNames.add(allNames.get(j));
        } else {
          omitted.add(allNames.get(j));
          notes.add(Note.of(noteCode, allNames.get(j)));
        }
      }
      return new Equation(
          kept.toArray(new double[0][]), List.copyOf(keptNames), constant && keep[0]);
    }
  }
}
