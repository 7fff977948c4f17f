package org.policyreport.analysis.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.inference.Reference;
import org.policyreport.analysis.inference.Tails;
import org.policyreport.analysis.inference.Wald;
import org.policyreport.analysis.pipeline.FittedModel;
import org.policyreport.analysis.pipeline.ModelRunner;
import org.policyreport.analysis.scenario.MeanEquation;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.StatisticName;
import org.policyreport.contract.TestName;
import org.policyreport.contract.TestResult;
import org.policyreport.contract.config.ConfigNode;

/**
 * Runs the count models ({@code poisson}, {@code nb2}, {@code gnbreg}, {@code nbp}) for the
 * pipeline. Model keys besides the shared ones: {@code constant} (default true), {@code vce} (oim,
 * eim, robust, cluster), {@code cluster} (column, with vce cluster), {@code exposure} or {@code
 * offset} (column), {@code dispersion} (gnbreg: ln alpha regressors), {@code maxIterations}.
 */
public final class CountModelRunner implements ModelRunner {

  @Override
  public List<String> estimators() {
    List<String> out = new ArrayList<>();
    for (CountModel m : CountModel.values()) {
      out.add(m.estimatorName());
    }
    return out;
  }

  @Override
  public void validate(ModelSpec spec) {
    options(spec);
    ConfigNode node = spec.node();
    model(spec);
    if (model(spec) != CountModel.GNBREG && node.has("dispersion")) {
      throw node.get("dispersion").error("is only used by estimator gnbreg (ln alpha regressors)");
    }
    Vce vce = node.abbreviated("vce", Vce.class, Vce.OIM, CountModelRunner::vceMinimum);
    if (vce == Vce.EIM && model(spec) != CountModel.POISSON && model(spec) != CountModel.NB2) {
      throw node.get("vce").error("eim is available for estimators poisson and nb2 only");
    }
    if (vce == Vce.CLUSTER && !node.has("cluster")) {
      throw node.get("cluster")
          .error("is required with vce: cluster (the column that numbers the clusters)");
    }
    if (vce != Vce.CLUSTER && node.has("cluster")) {
      throw node.get("cluster").error("is only used with vce: cluster");
    }
    if (node.has("exposure") && node.has("offset")) {
      throw node.get("offset")
          .error("cannot be combined with exposure (exposure is a logged offset)");
    }
    List<String> disp = node.strings("dispersion");
    if (disp.size() != new java.util.HashSet<>(disp).size()) {
      throw node.get("dispersion").error("lists a column twice");
    }
  }

  @Override
  public List<String> extraColumns(ModelSpec spec) {
    ConfigNode node = spec.node();
    List<String> out = new ArrayList<>();
    for (String key : List.of("cluster", "exposure", "offset")) {
      if (node.has(key)) {
        out.add(node.requiredString(key));
      }
    }
    return out;
  }

  @Override
  public ModelResult fit(ModelSpec spec, DataSourceSpec source, DataTable table) {
    return fitWithMean(spec, source, table).result();
  }

  @Override
  public FittedModel fitWithMean(ModelSpec spec, DataSourceSpec source, DataTable table) {
    validate(spec);
    CountOptions options = options(spec);
    ConfigNode node = spec.node();
    double[] y = counts(table, spec.dependent());
    List<double[]> x = new ArrayList<>();
    for (String r : spec.regressors()) {
      x.add(table.numeric(r));
    }
    List<String> zNames = spec.dispersion();
    List<double[]> z = new ArrayList<>();
    for (String r : zNames) {
      z.add(table.numeric(r));
    }
    double[] offset = null;
    if (node.has("exposure")) {
      String col = node.requiredString("exposure");
      double[] e = table.numeric(col);
      offset = new double[e.length];
      for (int i = 0; i < e.length; i++) {
        if (!(e[i] > 0)) {
          throw new InputException(
              table.where(col, i) + ": exposure " + e[i] + " is not positive (it is logged)");
        }
        offset[i] = Math.log(e[i]);
      }
    } else if (node.has("offset")) {
      offset = table.numeric(node.requiredString("offset"));
    }
    int[] cluster = null;
    if (options.vce() == Vce.CLUSTER) {
      cluster = clusterNumbers(table.labelsWithoutBlanks(node.requiredString("cluster")));
    }
    CountData data = new CountData(y, spec.regressors(), x, zNames, z, offset, cluster);
    CountFit fit = new CountEstimator(options).fit(data);
    return new FittedModel(toResult(spec, options, fit), mean(fit, node));
  }

  /** The mean equation mu = exp(x'b + offset): the main equation's rows of the covariance. */
  private static MeanEquation mean(CountFit fit, ConfigNode node) {
    List<Integer> idx = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<Double> coef = new ArrayList<>();
    for (int i = 0; i < fit.coefficients().size(); i++) {
      Coefficient c = fit.coefficients().get(i);
      if (c.equation().equals(CountEstimator.MAIN)) {
        idx.add(i);
        terms.add(c.term().equals(CountEstimator.CONS) ? MeanEquation.CONSTANT : c.term());
        coef.add(c.coef());
      }
    }
    List<List<Double>> v = new ArrayList<>();
    for (int a : idx) {
      List<Double> row = new ArrayList<>();
      for (int b : idx) {
        row.add(fit.vcov().get(a).get(b));
      }
      v.add(row);
    }
    String offset = node.has("exposure") ? node.requiredString("exposure") : null;
    boolean logged = offset != null;
    if (offset == null && node.has("offset")) {
      offset = node.requiredString("offset");
    }
    return new MeanEquation(
        MeanEquation.Link.LOG, terms, coef, v, Reference.normal(), offset, logged, null);
  }

  static CountOptions options(ModelSpec spec) {
    ConfigNode node = spec.node();
    int maxIterations = node.integer("maxIterations", CountOptions.DEFAULT_MAX_ITERATIONS);
    if (maxIterations < 1) {
      throw node.get("maxIterations").error("must be at least 1, not " + maxIterations);
    }
    return new CountOptions(
        model(spec),
        node.bool("constant", true),
        node.abbreviated("vce", Vce.class, Vce.OIM, CountModelRunner::vceMinimum),
        maxIterations);
  }

  /** Stata's shortest vce() abbreviations: oim and eim in full, r, cl. */
  static int vceMinimum(Vce v) {
    switch (v) {
      case ROBUST:
        return 1;
      case CLUSTER:
        return 2;
      default:
        return 3;
    }
  }

  private static CountModel model(ModelSpec spec) {
    for (CountModel m : CountModel.values()) {
      if (m.estimatorName().equals(spec.estimator().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw spec.node().get("estimator").error("'" + spec.estimator() + "' is not a count model");
  }

  /** The dependent variable, rejecting a negative or fractional count with its file position. */
  private static double[] counts(DataTable table, String column) {
    double[] y = table.numeric(column);
    for (int i = 0; i < y.length; i++) {
      double v = y[i];
      if (v < 0) {
        throw new InputException(
            table.where(column, i)
                + ": count "
                + format(v)
                + " is negative (a count model needs whole numbers >= 0)");
      }
      if (v > 0x1p53) {
        // Above 2^53 a double no longer holds every whole number, and the fit's variances
        // (alpha * mu^2) overflow soon after.
        throw new InputException(
            table.where(column, i)
                + ": count "
                + format(v)
                + " is too large (a count model needs whole numbers up to 2^53 ="
                + " 9007199254740992); rescale the data or use a model for continuous values");
      }
      if (v != Math.rint(v)) {
        throw new InputException(
            table.where(column, i)
                + ": count "
                + format(v)
                + " is not a whole number (a count model needs whole numbers >= 0)");
      }
    }
    return y;
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static int[] clusterNumbers(String[] labels) {
    Map<String, Integer> ids = new HashMap<>();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = ids.computeIfAbsent(labels[i], k -> ids.size());
    }
    return out;
  }

  static ModelResult toResult(ModelSpec spec, CountOptions options, CountFit fit) {
    CountModel model = fit.model();
    Map<String, Double> stats = new LinkedHashMap<>();
    List<TestResult> tests = new ArrayList<>();
    List<Note> notes = new ArrayList<>(fit.notes());
    double ll = fit.logLikelihood();
    int k = fit.parameters();
    stats.put(StatisticName.N_PARAMETERS, (double) k);
    stats.put(StatisticName.AIC, -2 * ll + 2 * k);
    stats.put(StatisticName.BIC, -2 * ll + k * Math.log(fit.nobs()));
    // Likelihood-ratio tests hold with either information matrix; only sandwiches replace them.
    boolean oim = fit.vce() == Vce.OIM || fit.vce() == Vce.EIM;
    if (model != CountModel.POISSON && fit.vce() == Vce.OIM) {
      notes.add(Note.of(NoteCode.OBSERVED_INFORMATION));
    } else if (fit.vce() == Vce.EIM && model == CountModel.NB2) {
      notes.add(Note.of(NoteCode.EXPECTED_INFORMATION));
    }
    if (fit.logLikelihoodNull() != null) {
      double ll0 = fit.logLikelihoodNull();
      double lr = Math.max(0, 2 * (ll - ll0));
      stats.put(StatisticName.LOG_LIKELIHOOD_NULL, ll0);
      stats.put(StatisticName.LR_CHI2, lr);
      stats.put(StatisticName.LR_DF, (double) fit.nullDf());
      stats.put(StatisticName.PSEUDO_R2, 1 - ll / ll0);
      if (oim) {
        tests.add(
            TestResult.chi2(
                TestName.LR_VS_CONSTANT_ONLY, lr, fit.nullDf(), Tails.chi2(lr, fit.nullDf())));
      }
    }
    if (!oim) {
      TestResult wald = waldSlopes(fit);
      if (wald != null) {
        tests.add(wald);
      }
      notes.add(Note.of(NoteCode.WALD_NOT_LR, fit.vce().name().toLowerCase(Locale.ROOT)));
    }
    Coefficient lnalpha = fit.coefficient(CountEstimator.LNALPHA, CountEstimator.CONS);
    if ((model == CountModel.NB2 || model == CountModel.NBP) && lnalpha != null) {
      double alpha = Math.exp(lnalpha.coef());
      stats.put(StatisticName.ALPHA, alpha);
      stats.put(StatisticName.ALPHA_SE, alpha * lnalpha.se());
      stats.put(StatisticName.ALPHA_CI_LOW, Math.exp(lnalpha.ciLow()));
      stats.put(StatisticName.ALPHA_CI_HIGH, Math.exp(lnalpha.ciHigh()));
      if (model == CountModel.NB2) {
        stats.put(StatisticName.THETA, 1 / alpha);
        stats.put(StatisticName.THETA_SE, lnalpha.se() / alpha);
      }
    }
    Coefficient power = fit.coefficient(CountEstimator.POWER, CountEstimator.CONS);
    if (power != null) {
      stats.put(StatisticName.POWER, power.coef());
      stats.put(StatisticName.POWER_SE, power.se());
    }
    if (fit.vce() == Vce.CLUSTER) {
      stats.put(StatisticName.N_CLUSTERS, (double) fit.clusters());
    }
    if (oim
        && (model == CountModel.NB2 || model == CountModel.GNBREG)
        && fit.logLikelihoodPoisson() != null) {
      double lr = Math.max(0, 2 * (ll - fit.logLikelihoodPoisson()));
      double p = lr > 0 ? 0.5 * Tails.chi2(lr, 1) : 1.0;
      tests.add(
          // A boundary test: chibar2(01), p = P(chi2(1) > LR) / 2.
          new TestResult(TestName.LR_ALPHA_ZERO, lr, 1, null, p, "chibar2", List.of()));
    }
    if (oim
        && (model == CountModel.GNBREG || model == CountModel.NBP)
        && fit.logLikelihoodNb2() != null) {
      int df =
          model == CountModel.NBP
              ? 1
              : (int)
                      fit.coefficients().stream()
                          .filter(c -> c.equation().equals(CountEstimator.LNALPHA))
                          .count()
                  - 1;
      if (df > 0) {
        double lr = Math.max(0, 2 * (ll - fit.logLikelihoodNb2()));
        tests.add(TestResult.chi2(TestName.LR_VS_NB2, lr, df, Tails.chi2(lr, df)));
      }
    }
    if (!fit.converged()) {
      notes.add(Note.of(NoteCode.NOT_CONVERGED, fit.iterations()));
    }
    if (!fit.marginalEffects().isEmpty()) {
      notes.add(Note.of(NoteCode.AVERAGE_MARGINAL_EFFECTS));
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("vce", fit.vce().name().toLowerCase(Locale.ROOT));
    ConfigNode node = spec.node();
    for (String key : List.of("cluster", "exposure", "offset")) {
      if (node.has(key)) {
        opts.put(key, node.requiredString(key));
      }
    }
    if (node.has("dispersion")) {
      opts.put("dispersion", node.strings("dispersion"));
    }
    opts.put("constant", options.constant());
    opts.put("maxIterations", options.maxIterations());
    Map<String, Object> details = new LinkedHashMap<>();
    if (!fit.omitted().isEmpty()) {
      details.put("omitted", fit.omitted());
    }
    return new ModelResult(
        spec.id(),
        model.estimatorName(),
        spec.label(),
        spec.data(),
        spec.dependent(),
        spec.regressors(),
        fit.nobs(),
        0,
        fit.converged(),
        fit.iterations(),
        fit.gradientMaxAbs(),
        ll,
        "z",
        fit.vce().name().toLowerCase(Locale.ROOT),
        fit.coefficients(),
        stats,
        tests,
        Wald.exponentiate(fit.mainEquation()),
        fit.marginalEffects(),
        notes,
        opts,
        details);
  }

  /** Wald chi2 that all slopes of the main equation are zero. */
  private static TestResult waldSlopes(CountFit fit) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < fit.coefficients().size(); i++) {
      Coefficient c = fit.coefficients().get(i);
      if (c.equation().equals(CountEstimator.MAIN) && !c.term().equals(CountEstimator.CONS)) {
        idx.add(i);
      }
    }
    int s = idx.size();
    if (s == 0) {
      return null;
    }
    double[][] v = new double[s][s];
    double[] b = new double[s];
    for (int a = 0; a < s; a++) {
      b[a] = fit.coefficients().get(idx.get(a)).coef();
      for (int c = 0; c < s; c++) {
        v[a][c] = fit.vcov().get(idx.get(a)).get(idx.get(c));
      }
    }
    Cholesky ch = Cholesky.of(v);
    if (ch == null) {
      return null;
    }
    double[] w = ch.solve(b);
    double stat = 0;
    for (int a = 0; a < s; a++) {
      stat += b[a] * w[a];
    }
    return TestResult.chi2(TestName.WALD_SLOPES, stat, s, Tails.chi2(stat, s));
  }
}
