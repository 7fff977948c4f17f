package org.policyreport.analysis.panel;

import java.util.List;
import org.policyreport.analysis.api.EstimationException;

/**
 * Pooled OLS with Stata {@code regress} conventions: classical, heteroskedasticity-robust (HC1,
 * factor N/(N-k)) or cluster-robust (factor (G/(G-1))((N-1)/(N-k))) covariance; t statistics with
 * N-k residual df, or G-1 with clusters.
 */
public final class PooledOls {
  /** How the covariance matrix is estimated. */
  public enum Vce {
    CONVENTIONAL,
    ROBUST,
    CLUSTER
  }

  /**
   * @param vce covariance type; clusters come from the data (panel units unless set)
   */
  public record Options(Vce vce) {
    public Options {
      if (vce == null) {
        throw new IllegalArgumentException("vce must be set");
      }
    }
  }

  /**
   * @param dfResidual N-k, or G-1 with clusters: the df of the t statistics and of the F test
   * @param fStatistic F test that all slopes are zero (Wald/q under robust and cluster VCE)
   */
  public record Result(
      Estimates estimates,
      int nobs,
      int dfResidual,
      Integer clusters,
      double ssr,
      double rSquared,
      double adjRSquared,
      double rootMse,
      Double fStatistic,
      int fDf1,
      int fDf2,
      double logLikelihood) {}

  private final Options options;

  public PooledOls(Options options) {
    this.options = options;
  }

  public Result fit(PanelData data) {
    String model = "pooled OLS";
    double[][] design = data.designWithConstant();
    List<String> names = data.designNames();
    LeastSquares.Solution s = LeastSquares.fit(design, data.y, null, model);
    int n = data.nobs();
    int k = s.kept().length;
    if (n <= k) {
      throw new EstimationException(
          model + ": " + n + " observations are too few for " + k + " coefficients");
    }
    double[][] v;
    int df = n - k;
    Integer clusters = null;
    if (options.vce() == Vce.CONVENTIONAL) {
      v = scale(s.inverse(), s.ssr() / (n - k));
    } else {
      int groups = options.vce() == Vce.ROBUST ? n : data.clusterCount;
      int[] group = options.vce() == Vce.ROBUST ? null : data.cluster;
      double[][] meat = Sandwich.meat(design, s.kept(), s.residuals(), group, groups);
      double factor =
          options.vce() == Vce.ROBUST
              ? (double) n / (n - k)
              : ((double) groups / (groups - 1)) * ((double) (n - 1) / (n - k));
      if (options.vce() == Vce.CLUSTER) {
        if (groups < 2) {
          throw new EstimationException(
              model
                  + ": cluster-robust covariance needs at least 2 clusters, the data have "
                  + groups);
        }
        clusters = groups;
        df = groups - 1;
      }
      v = scale(Sandwich.sandwich(s.inverse(), meat), factor);
    }
    Estimates est =
        Estimates.constantLast(names, s.kept(), s.beta(), v, PanelData.dropped(names, s.kept()));
    double ybar = mean(data.y);
    double tss = 0;
    for (double yi : data.y) {
      tss += (yi - ybar) * (yi - ybar);
    }
    double r2 = 1 - s.ssr() / tss;
    double adj = 1 - (1 - r2) * (n - 1) / (n - k);
    int q = est.slopes().length;
    Double f = q == 0 ? null : est.waldOfSlopes(model) / q;
    double ll = -0.5 * n * (1 + Math.log(2 * Math.PI) + Math.log(s.ssr() / n));
    return new Result(
        est, n, df, clusters, s.ssr(), r2, adj, Math.sqrt(s.ssr() / (n - k)), f, q, df, ll);
  }

  static double[][] scale(double[][] m, double f) {
    double[][] out = new double[m.length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        out[i][j] = m[i][j] * f;
      }
    }
    return out;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }
}
