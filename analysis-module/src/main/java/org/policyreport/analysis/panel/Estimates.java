package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.List;

/**
 * Named coefficients and their covariance matrix, in output order (regressors, then {@code _cons}),
 * plus the regressors dropped for collinearity.
 */
public record Estimates(
    List<String> terms, List<Double> coef, List<List<Double>> vcov, List<String> dropped) {
  public static final String CONSTANT = "_cons";

  public Estimates {
    terms = List.copyOf(terms);
    coef = List.copyOf(coef);
    List<List<Double>> rows = new ArrayList<>();
    for (List<Double> r : vcov) {
      rows.add(List.copyOf(r));
    }
    vcov = List.copyOf(rows);
    dropped = List.copyOf(dropped);
  }

  static Estimates of(List<String> terms, double[] b, double[][] v, List<String> dropped) {
    List<Double> c = new ArrayList<>();
    List<List<Double>> rows = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      c.add(b[i]);
      List<Double> row = new ArrayList<>();
      for (int j = 0; j < b.length; j++) {
        row.add(v[i][j]);
      }
      rows.add(row);
    }
    return new Estimates(terms, c, rows, dropped);
  }

  public double[] coefArray() {
    return coef.stream().mapToDouble(Double::doubleValue).toArray();
  }

  public double[][] vcovArray() {
    double[][] out = new double[coef.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vcov.get(i).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }

  public double coef(String term) {
    return coef.get(index(term));
  }

  public double se(String term) {
    int i = index(term);
    return Math.sqrt(vcov.get(i).get(i));
  }

  public int index(String term) {
    int i = terms.indexOf(term);
    if (i < 0) {
      throw new IllegalArgumentException("no term " + term + " in " + terms);
    }
    return i;
  }

  /** Positions of the slope coefficients (every term but the constant). */
  int[] slopes() {
    return java.util.stream.IntStream.range(0, terms.size())
        .filter(i -> !terms.get(i).equals(CONSTANT))
        .toArray();
  }

  /** The Wald statistic b_s' V_ss^-1 b_s over the slopes, with its df. */
  double waldOfSlopes(String model) {
    int[] s = slopes();
    if (s.length == 0) {
      return 0;
    }
    double[] b = coefArray();
    double[][] v = vcovArray();
    double[] bs = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      bs[i] = b[s[i]];
    }
    return LeastSquares.quadraticForm(
        bs, LeastSquares.subMatrix(v, s), model + " Wald test of the slopes");
  }

  /** Puts the constant (position 0 of a fit that kept {@code kept}) last, as Stata prints it. */
  static Estimates constantLast(
      List<String> designNames, int[] kept, double[] beta, double[][] v, List<String> dropped) {
    int p = kept.length;
    int[] perm = new int[p];
    int pos = 0;
    for (int i = 0; i < p; i++) {
      if (!designNames.get(kept[i]).equals(CONSTANT)) {
        perm[pos++] = i;
      }
    }
    for (int i = 0; i < p; i++) {
      if (designNames.get(kept[i]).equals(CONSTANT)) {
        perm[pos++] = i;
      }
    }
    List<String> terms = new ArrayList<>();
    double[] b = new double[p];
    double[][] vv = new double[p][p];
    for (int i = 0; i < p; i++) {
      terms.add(designNames.get(kept[perm[i]]));
      b[i] = beta[perm[i]];
      for (int j = 0; j < p; j++) {
        vv[i][j] = v[perm[i]][perm[j]];
      }
    }
    return of(terms, b, vv, dropped);
  }
}
