package org.policyreport.analysis.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.inference.Reference;

/**
 * What a fitted model needs to predict its outcome: the mean equation's coefficients (the terms are
 * columns of the model frame, {@code _cons} the constant) with their covariance, the link and the
 * reference distribution of its intervals.
 *
 * @param offsetColumn the frame column added to the linear predictor of a count model (null for
 *     none); with {@code logOffset} it is an exposure and enters as its logarithm
 * @param unitEffects the fixed effect a_i = ybar_i - xbar_i'b of each unit (by unit label) of a
 *     within model, which then predicts a_i + x'b (Stata's {@code predict, xbu}); null otherwise
 */
public record MeanEquation(
    Link link,
    List<String> terms,
    List<Double> coef,
    List<List<Double>> vcov,
    Reference reference,
    String offsetColumn,
    boolean logOffset,
    Map<String, Double> unitEffects) {

  /** The constant's name among the terms. */
  public static final String CONSTANT = "_cons";

  /** How the linear predictor maps to the expected outcome. */
  public enum Link {
    /** E[y] = x'b (linear panel models). */
    IDENTITY,
    /** E[y] = exp(x'b + offset) (count models). */
    LOG
  }

  public MeanEquation {
    terms = List.copyOf(terms);
    coef = List.copyOf(coef);
    if (vcov.size() != terms.size() || coef.size() != terms.size()) {
      throw new IllegalArgumentException(
          "mean equation: "
              + terms.size()
              + " terms, "
              + coef.size()
              + " coefficients, covariance of "
              + vcov.size());
    }
    List<List<Double>> rows = new ArrayList<>();
    for (List<Double> r : vcov) {
      rows.add(List.copyOf(r));
    }
    vcov = List.copyOf(rows);
    unitEffects =
        unitEffects == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(unitEffects));
  }

  /** The rows of a covariance matrix as lists. */
  public static List<List<Double>> rows(double[][] v) {
    List<List<Double>> out = new ArrayList<>();
    for (double[] r : v) {
      List<Double> row = new ArrayList<>();
      for (double x : r) {
        row.add(x);
      }
      out.add(row);
    }
    return out;
  }

  /** g' V g. */
  double quadraticForm(double[] g) {
    double s = 0;
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < g.length; j++) {
        s += g[i] * vcov.get(i).get(j) * g[j];
      }
    }
    return s;
  }
}
