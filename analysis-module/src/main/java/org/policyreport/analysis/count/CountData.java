package org.policyreport.analysis.count;

import java.util.List;

/**
 * The data of a count model: counts, mean-equation regressors, ln-alpha regressors (gnbreg), an
 * optional offset (already logged for an exposure) and optional cluster numbers. Columns are held
 * by reference, not copied (a million-row design matrix is large): callers must not modify them
 * while a fit runs.
 */
public final class CountData {
  final double[] y;
  final List<String> xNames;
  final double[][] x;
  final List<String> zNames;
  final double[][] z;
  final double[] offset;
  final int[] cluster;
  final int clusters;

  /**
   * @param cluster cluster number 0..G-1 of each observation, or null
   * @throws IllegalArgumentException if lengths differ or a count is negative or not whole
   */
  public CountData(
      double[] y,
      List<String> xNames,
      List<double[]> x,
      List<String> zNames,
      List<double[]> z,
      double[] offset,
      int[] cluster) {
    this.y = y;
    this.xNames = List.copyOf(xNames);
    this.x = x.toArray(new double[0][]);
    this.zNames = List.copyOf(zNames);
    this.z = z.toArray(new double[0][]);
    this.offset = offset;
    this.cluster = cluster;
    int n = y.length;
    if (xNames.size() != x.size() || zNames.size() != z.size()) {
      throw new IllegalArgumentException("names and columns differ in number");
    }
    for (double[] c : this.x) {
      requireLength(c, n);
    }
    for (double[] c : this.z) {
      requireLength(c, n);
    }
    if (offset != null) {
      requireLength(offset, n);
    }
    int g = 0;
    if (cluster != null) {
      if (cluster.length != n) {
        throw new IllegalArgumentException(
            "cluster has " + cluster.length + " rows, expected " + n);
      }
      for (int c : cluster) {
        if (c < 0) {
          throw new IllegalArgumentException("cluster numbers must be >= 0");
        }
        g = Math.max(g, c + 1);
      }
    }
    this.clusters = g;
    for (int i = 0; i < n; i++) {
      if (!(y[i] >= 0) || y[i] != Math.rint(y[i])) {
        throw new IllegalArgumentException(
            "count " + y[i] + " at row " + i + " is not a whole number >= 0");
      }
    }
  }

  public static CountData of(double[] y, List<String> xNames, List<double[]> x) {
    return new CountData(y, xNames, x, List.of(), List.of(), null, null);
  }

  public int observations() {
    return y.length;
  }

  private static void requireLength(double[] c, int n) {
    if (c.length != n) {
      throw new IllegalArgumentException("column has " + c.length + " rows, expected " + n);
    }
  }
}
