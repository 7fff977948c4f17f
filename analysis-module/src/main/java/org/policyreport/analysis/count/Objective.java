package org.policyreport.analysis.count;

import java.util.stream.IntStream;

/**
 * The log likelihood of a count model as a function of its parameter vector, with analytic gradient
 * and Hessian. Parameters come in blocks, one per index of the {@link IndexLikelihood}; block
 * {@code m} has its own columns (a null column is the constant 1). Observations are split into
 * fixed-size tasks that run in parallel; each task's sums are kept apart and added in task order,
 * so the result does not depend on the number of threads and is reproducible bit for bit.
 */
final class Objective {
  private static final int TASK = 1 << 15;
  private static final int BLOCK = 512;

  private final IndexLikelihood likelihood;
  private final double[] y;
  private final double[][][] columns;
  private final double[] offset;
  private final double[] weights;
  private final double constant;
  private final int n;
  private final int[] start;
  private final int dim;

  /** {@code lnGammaYPlus1} is {@code sum lnGamma(y_i + 1)}, computed once per data set. */
  Objective(
      IndexLikelihood likelihood,
      double[] y,
      double[][][] columns,
      double[] offset,
      double lnGammaYPlus1) {
    this(likelihood, y, columns, offset, null, lnGammaYPlus1);
  }

  /**
   * With frequency {@code weights}: observation i stands for weights[i] identical ones (used to fit
   * constant-only models on the distinct counts).
   */
  Objective(
      IndexLikelihood likelihood,
      double[] y,
      double[][][] columns,
      double[] offset,
      double[] weights,
      double lnGammaYPlus1) {
    if (columns.length != likelihood.indices()) {
      throw new IllegalArgumentException("need one column block per index");
    }
    this.likelihood = likelihood;
    this.y = y;
    this.columns = columns;
    this.offset = offset;
    this.weights = weights;
    this.constant = -lnGammaYPlus1;
    this.n = y.length;
    this.start = new int[columns.length + 1];
    for (int m = 0; m < columns.length; m++) {
      start[m + 1] = start[m] + columns[m].length;
    }
    this.dim = start[columns.length];
  }

  int dim() {
    return dim;
  }

  int observations() {
    return n;
  }

  /** Log likelihood only. */
  double logLikelihood(double[] theta) {
    return run(theta, Mode.VALUE).logLik;
  }

  /** Log likelihood, gradient and Hessian. */
  Evaluation evaluate(double[] theta) {
    return run(theta, Mode.HESSIAN);
  }

  /** Sum over observations of the outer product of the scores (the meat of the robust sandwich). */
  double[][] scoreOuterProduct(double[] theta) {
    return run(theta, Mode.OUTER).hessian;
  }

  /**
   * Sums of the score vectors over clusters: row {@code c} is the sum over observations with {@code
   * cluster[i] == c}. Runs sequentially so that the sums are reproducible.
   */
  double[][] clusterScores(double[] theta, int[] cluster, int clusters) {
    int indices = likelihood.indices();
    double[][] sums = new double[clusters][dim];
    Work w = new Work(indices);
    for (int lo = 0; lo < n; lo += BLOCK) {
      int len = Math.min(BLOCK, n - lo);
      fillIndices(theta, lo, len, w.idx);
      likelihood.block(y, lo, len, w.idx, w.ll, w.d, w.h);
      for (int m = 0; m < indices; m++) {
        double[][] cols = columns[m];
        double[] dm = w.d[m];
        for (int j = 0; j < cols.length; j++) {
          double[] col = cols[j];
          int p = start[m] + j;
          for (int i = 0; i < len; i++) {
            sums[cluster[lo + i]][p] += col == null ? dm[i] : col[lo + i] * dm[i];
          }
        }
      }
    }
    return sums;
  }

  /** Index {@code m} of every observation (e.g. the linear predictor including the offset). */
  double[] index(double[] theta, int m) {
    double[] out = new double[n];
    double[][] cols = columns[m];
    for (int j = 0; j < cols.length; j++) {
      double b = theta[start[m] + j];
      double[] col = cols[j];
      for (int i = 0; i < n; i++) {
        out[i] += col == null ? b : b * col[i];
      }
    }
    if (m == 0 && offset != null) {
      for (int i = 0; i < n; i++) {
        out[i] += offset[i];
      }
    }
    return out;
  }

  private enum Mode {
    VALUE,
    HESSIAN,
    OUTER
  }

  /** Log likelihood, gradient and Hessian at one parameter vector. */
  static final class Evaluation {
    final double logLik;
    final double[] gradient;
    final double[][] hessian;

    Evaluation(double logLik, double[] gradient, double[][] hessian) {
      this.logLik = logLik;
      this.gradient = gradient;
      this.hessian = hessian;
    }
  }

  private static final class Work {
    final double[][] idx;
    final double[][] d;
    final double[][] h;
    final double[] tmp = new double[BLOCK];
    final double[] ll = new double[BLOCK];

    Work(int indices) {
      idx = new double[indices][BLOCK];
      d = new double[indices][BLOCK];
      h = new double[indices * (indices + 1) / 2][BLOCK];
    }
  }

  private Evaluation run(double[] theta, Mode mode) {
    int tasks = (n + TASK - 1) / TASK;
    double[] ll = new double[tasks];
    double[][] grads = new double[tasks][];
    double[][][] hess = new double[tasks][][];
    IntStream.range(0, tasks)
        .parallel()
        .forEach(
            t -> {
              int lo = t * TASK;
              int hi = Math.min(n, lo + TASK);
              double[] g = mode == Mode.VALUE ? null : new double[dim];
              double[][] hs = mode == Mode.VALUE ? null : new double[dim][dim];
              ll[t] = task(theta, lo, hi, mode, g, hs);
              grads[t] = g;
              hess[t] = hs;
            });
    double sum = constant;
    for (int t = 0; t < tasks; t++) {
      sum += ll[t];
    }
    if (mode == Mode.VALUE) {
      return new Evaluation(sum, null, null);
    }
    double[] g = new double[dim];
    double[][] hs = new double[dim][dim];
    for (int t = 0; t < tasks; t++) {
      for (int a = 0; a < dim; a++) {
        g[a] += grads[t][a];
        for (int b = 0; b <= a; b++) {
          hs[a][b] += hess[t][a][b];
        }
      }
    }
    for (int a = 0; a < dim; a++) {
      for (int b = 0; b < a; b++) {
        hs[b][a] = hs[a][b];
      }
    }
    return new Evaluation(sum, g, hs);
  }

  private double task(double[] theta, int lo, int hi, Mode mode, double[] g, double[][] hs) {
    int indices = likelihood.indices();
    Work w = new Work(indices);
    double ll = 0;
    for (int from = lo; from < hi; from += BLOCK) {
      int len = Math.min(BLOCK, hi - from);
      fillIndices(theta, from, len, w.idx);
      if (mode == Mode.VALUE) {
        likelihood.block(y, from, len, w.idx, w.ll, null, null);
        ll += sum(w.ll, from, len);
        continue;
      }
      likelihood.block(y, from, len, w.idx, w.ll, w.d, w.h);
      ll += sum(w.ll, from, len);
      if (weights != null) {
        for (double[] a : w.d) {
          scale(a, from, len);
        }
        if (mode == Mode.HESSIAN) {
          for (double[] a : w.h) {
            scale(a, from, len);
          }
        }
      }
      if (mode == Mode.OUTER) {
        for (int m = 0; m < indices; m++) {
          for (int m2 = m; m2 < indices; m2++) {
            double[] hp = w.h[IndexLikelihood.pair(m, m2, indices)];
            double[] dm = w.d[m];
            double[] dm2 = w.d[m2];
            for (int i = 0; i < len; i++) {
              // d is already weighted: divide once so that the product carries the weight once
              hp[i] = weights == null ? dm[i] * dm2[i] : dm[i] * dm2[i] / weights[from + i];
            }
          }
        }
      }
      accumulate(from, len, w, g, hs);
    }
    return ll;
  }

  private double sum(double[] ll, int from, int len) {
    double s = 0;
    if (weights == null) {
      for (int i = 0; i < len; i++) {
        s += ll[i];
      }
    } else {
      for (int i = 0; i < len; i++) {
        s += weights[from + i] * ll[i];
      }
    }
    return s;
  }

  private void scale(double[] a, int from, int len) {
    for (int i = 0; i < len; i++) {
      a[i] *= weights[from + i];
    }
  }

  private void fillIndices(double[] theta, int from, int len, double[][] idx) {
    for (int m = 0; m < columns.length; m++) {
      double[] out = idx[m];
      double[][] cols = columns[m];
      if (m == 0 && offset != null) {
        System.arraycopy(offset, from, out, 0, len);
      } else {
        java.util.Arrays.fill(out, 0, len, 0.0);
      }
      for (int j = 0; j < cols.length; j++) {
        double b = theta[start[m] + j];
        double[] col = cols[j];
        if (col == null) {
          for (int i = 0; i < len; i++) {
            out[i] += b;
          }
        } else {
          for (int i = 0; i < len; i++) {
            out[i] += b * col[from + i];
          }
        }
      }
    }
  }

  /** Adds the block's gradient and lower-triangle Hessian (X'WX-type products) into g and hs. */
  private void accumulate(int from, int len, Work w, double[] g, double[][] hs) {
    int indices = likelihood.indices();
    double[] tmp = w.tmp;
    for (int m = 0; m < indices; m++) {
      double[][] cols = columns[m];
      for (int j = 0; j < cols.length; j++) {
        g[start[m] + j] += dot(cols[j], from, w.d[m], len);
      }
    }
    for (int m = 0; m < indices; m++) {
      for (int m2 = m; m2 < indices; m2++) {
        double[] hp = w.h[IndexLikelihood.pair(m, m2, indices)];
        double[][] cols = columns[m];
        double[][] cols2 = columns[m2];
        for (int j = 0; j < cols.length; j++) {
          double[] cj = cols[j];
          if (cj == null) {
            System.arraycopy(hp, 0, tmp, 0, len);
          } else {
            for (int i = 0; i < len; i++) {
              tmp[i] = cj[from + i] * hp[i];
            }
          }
          int a = start[m] + j;
          int j2From = m == m2 ? j : 0;
          for (int j2 = j2From; j2 < cols2.length; j2++) {
            int b = start[m2] + j2;
            // store in the lower triangle: row = larger parameter index
            hs[b][a] += dot(cols2[j2], from, tmp, len);
          }
        }
      }
    }
  }

  private static double dot(double[] col, int from, double[] v, int len) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    if (col == null) {
      for (; i + 3 < len; i += 4) {
        s0 += v[i];
        s1 += v[i + 1];
        s2 += v[i + 2];
        s3 += v[i + 3];
      }
      for (; i < len; i++) {
        s0 += v[i];
      }
    } else {
      for (; i + 3 < len; i += 4) {
        s0 += col[from + i] * v[i];
        s1 += col[from + i + 1] * v[i + 1];
        s2 += col[from + i + 2] * v[i + 2];
        s3 += col[from + i + 3] * v[i + 3];
      }
      for (; i < len; i++) {
        s0 += col[from + i] * v[i];
      }
    }
    return (s0 + s1) + (s2 + s3);
  }
}
