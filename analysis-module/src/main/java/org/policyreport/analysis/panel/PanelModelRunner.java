package org.policyreport.analysis.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;
import org.policyreport.analysis.inference.Reference;
import org.policyreport.analysis.inference.Tails;
import org.policyreport.analysis.inference.Wald;
import org.policyreport.analysis.pipeline.FittedModel;
import org.policyreport.analysis.pipeline.ModelRunner;
import org.policyreport.analysis.scenario.MeanEquation;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.StatisticName;
import org.policyreport.contract.TestName;
import org.policyreport.contract.TestResult;
import org.policyreport.contract.config.ConfigNode;

/**
 * Runs the linear panel models: {@code ols}, {@code fe} and {@code re} (keys {@code vce:
 * conventional | robust | cluster} and {@code cluster: column}; for fe and re robust means
 * clustered by panel, as Stata's xtreg) and {@code fgls} (keys {@code panels: iid | heteroskedastic
 * | correlated}, {@code corr: independent | ar1 | psar1}, {@code rhotype: regress | dw}, {@code
 * igls}, {@code nmk}, {@code tolerance}, {@code iterate}).
 *
 * <p>Which diagnostics each model carries (in {@code tests}; VIFs in {@code details.vif}):
 *
 * <ul>
 *   <li>{@code ols}: F test of the slopes; VIFs.
 *   <li>{@code fe}: F test of the slopes, F test that all u_i = 0, modified Wald test for groupwise
 *       heteroskedasticity (xttest3, on the within residuals), Wooldridge test for serial
 *       correlation (xtserial); VIFs.
 *   <li>{@code re}: Wald chi2 of the slopes, Hausman FE vs RE (FE refitted on the time-varying
 *       regressors), Breusch-Pagan LM test for random effects (xttest0).
 *   <li>{@code fgls}: Wald chi2 of the slopes, and the specification tests that justify the growth
 *       model's error structure: modified Wald (heteroskedastic panels), Wooldridge (AR(1)) and
 *       Hausman FE vs RE, all computed on the same data and regressors; {@code diagnostics: false}
 *       switches them off.
 * </ul>
 *
 * A diagnostic that the data cannot support is left out with a note.
 */
public final class PanelModelRunner implements ModelRunner {
  private static final List<String> OLS_KEYS = List.of("vce", "cluster");
  private static final List<String> FGLS_KEYS =
      List.of("panels", "corr", "rhotype", "igls", "nmk", "tolerance", "iterate");

  @Override
  public List<String> estimators() {
    return List.of("ols", "fe", "re", "fgls");
  }

  @Override
  public void validate(ModelSpec spec) {
    ConfigNode node = spec.node();
    String est = spec.estimator();
    for (String key : OLS_KEYS) {
      if (est.equals("fgls") && node.has(key)) {
        throw node.get(key).error("applies only to estimators ols, fe and re, not " + est);
      }
    }
    for (String key : FGLS_KEYS) {
      if (!est.equals("fgls") && node.has(key)) {
        throw node.get(key).error("applies only to estimator fgls, not " + est);
      }
    }
    if (node.has("diagnostics") && !est.equals("fgls")) {
      throw node.get("diagnostics").error("applies only to estimator fgls, not " + est);
    }
    if (!est.equals("fgls")) {
      olsOptions(spec);
    } else if (est.equals("fgls")) {
      fglsOptions(spec);
      node.bool("diagnostics", true);
    }
  }

  @Override
  public List<String> extraColumns(ModelSpec spec) {
    String c = spec.node().string("cluster", null);
    return c == null ? List.of() : List.of(c);
  }

  @Override
  public ModelResult fit(ModelSpec spec, DataSourceSpec source, DataTable table) {
    return fitWithMean(spec, source, table).result();
  }

  @Override
  public FittedModel fitWithMean(ModelSpec spec, DataSourceSpec source, DataTable table) {
    validate(spec);
    List<Note> notes = new ArrayList<>();
    String clusterColumn = spec.node().string("cluster", null);
    PanelData data;
    if (source.isPanel()) {
      PanelIndex index = PanelIndex.of(table, source.panel(), source.time());
      List<String> gaps = index.gaps();
      if (!gaps.isEmpty()) {
        if (!source.allowGaps()) {
          throw new InputException(
              table.source()
                  + ": the time series of panel "
                  + String.join("; ", gaps.subList(0, Math.min(5, gaps.size())))
                  + (gaps.size() > 5 ? " and " + (gaps.size() - 5) + " more panels" : "")
                  + " skip periods (column "
                  + source.time()
                  + "); model '"
                  + spec.id()
                  + "' needs consecutive periods unless data source '"
                  + source.name()
                  + "' sets allowGaps: true");
        }
        notes.add(Note.of(NoteCode.PANEL_GAPS, String.join("; ", gaps)));
      }
      data = PanelData.of(table, index, spec.dependent(), spec.regressors(), clusterColumn);
    } else {
      if (!spec.estimator().equals("ols")) {
        throw spec.node()
            .get("data")
            .error(
                "names data source '"
                    + source.name()
                    + "', which has no panel: and time: columns; estimator "
                    + spec.estimator()
                    + " needs a panel");
      }
      if (olsOptions(spec) == PooledOls.Vce.CLUSTER && clusterColumn == null) {
        throw spec.node()
            .get("vce")
            .error("is cluster, but the data source is not a panel: name the column with cluster:");
      }
      data = PanelData.crossSection(table, spec.dependent(), spec.regressors(), clusterColumn);
    }
    Builder b = new Builder(spec, data, notes);
    try {
      ModelResult result;
      switch (spec.estimator()) {
        case "ols":
          result = ols(b);
          break;
        case "fe":
          result = fe(b);
          break;
        case "re":
          result = re(b);
          break;
        default:
          result = fgls(b);
      }
      return new FittedModel(result, b.mean);
    } catch (EstimationException e) {
      throw new EstimationException("model '" + spec.id() + "': " + e.getMessage(), e);
    } catch (InputException e) {
      throw new InputException("model '" + spec.id() + "': " + e.getMessage(), e);
    }
  }

  private ModelResult ols(Builder b) {
    PooledOls.Vce vce = olsOptions(b.spec);
    PooledOls.Result r = new PooledOls(new PooledOls.Options(vce)).fit(b.data);
    b.options.put("vce", Fgls.name(vce));
    if (vce == PooledOls.Vce.CLUSTER) {
      // Without a cluster column the panel units are the clusters, as in Stata's xtreg.
      if (b.spec.node().has("cluster")) {
        b.options.put("cluster", b.spec.node().requiredString("cluster"));
      }
      b.stat(StatisticName.N_CLUSTERS, r.clusters());
    }
    b.stat(StatisticName.R2, r.rSquared());
    b.stat(StatisticName.R2_ADJUSTED, r.adjRSquared());
    b.stat(StatisticName.ROOT_MSE, r.rootMse());
    b.stat(StatisticName.SSR, r.ssr());
    b.stat(StatisticName.DF_RESIDUAL, r.dfResidual());
    addSlopesF(b, r.fStatistic(), r.fDf1(), r.fDf2());
    b.details.put("vif", Diagnostics.vif(b.data, slopes(r.estimates())));
    return b.build(
        r.estimates(),
        Reference.t(r.dfResidual()),
        vce == PooledOls.Vce.CONVENTIONAL ? "conventional" : Fgls.name(vce),
        r.logLikelihood(),
        0,
        true);
  }

  private ModelResult fe(Builder b) {
    PooledOls.Vce vce = olsOptions(b.spec);
    FixedEffects.Result r = new FixedEffects(vce).fit(b.data);
    statsFe(b, r);
    addSlopesF(b, r.fStatistic(), r.fDf1(), r.fDf2());
    if (r.clusters() == 0) {
      b.tests.add(fTest(TestName.F_ALL_UI_ZERO, r.fUi(), r.fUiDf1(), r.fUiDf2()));
    } else {
      robustNotes(b, vce, r.clusters(), "fe");
    }
    b.add(
        Diagnostics.modifiedWald(b.data, r.estimates()),
        TestName.MODIFIED_WALD_GROUPWISE_HETEROSKEDASTICITY);
    b.add(Diagnostics.wooldridge(b.data), TestName.WOOLDRIDGE_SERIAL_CORRELATION);
    b.details.put("vif", Diagnostics.vif(b.data, slopes(r.estimates())));
    b.details.put("fixedEffects", r.fixedEffects());
    b.unitEffects = r.fixedEffects();
    return b.build(
        r.estimates(),
        Reference.t(r.clusters() > 0 ? r.clusters() - 1 : r.dfResidual()),
        r.clusters() > 0 ? Fgls.name(vce) : "conventional",
        null,
        0,
        true);
  }

  /**
   * Records a cluster-robust fe or re fit: options, the number of clusters and a note saying which
   * standard errors are shown.
   */
  private static void robustNotes(Builder b, PooledOls.Vce vce, int clusters, String estimator) {
    String column = b.spec.node().string("cluster", null);
    b.options.put("vce", Fgls.name(vce));
    if (column != null) {
      b.options.put("cluster", column);
    }
    b.stat(StatisticName.N_CLUSTERS, clusters);
    boolean fe = estimator.equals("fe");
    b.notes.add(
        column == null
            ? Note.of(fe ? NoteCode.ROBUST_FE_PANELS : NoteCode.ROBUST_RE_PANELS, clusters)
            : Note.of(
                fe ? NoteCode.ROBUST_FE_CLUSTERS : NoteCode.ROBUST_RE_CLUSTERS, clusters, column));
  }

  private static void statsFe(Builder b, FixedEffects.Result r) {
    b.stat(StatisticName.UNITS, r.units());
    b.stat(StatisticName.SIGMA_U, r.sigmaU());
    b.stat(StatisticName.SIGMA_E, r.sigmaE());
    b.stat(StatisticName.RHO, r.rho());
    b.stat(StatisticName.R2_WITHIN, r.rSquaredWithin());
    b.stat(StatisticName.R2_BETWEEN, r.rSquaredBetween());
    b.stat(StatisticName.R2_OVERALL, r.rSquaredOverall());
    b.stat(StatisticName.SSR, r.ssr());
    b.stat(StatisticName.DF_RESIDUAL, r.dfResidual());
  }

  private ModelResult re(Builder b) {
    PooledOls.Vce vce = olsOptions(b.spec);
    RandomEffects.Result r = new RandomEffects(vce).fit(b.data);
    b.stat(StatisticName.UNITS, r.units());
    b.stat(StatisticName.SIGMA_U, r.sigmaU());
    b.stat(StatisticName.SIGMA_E, r.sigmaE());
    b.stat(StatisticName.RHO, r.rho());
    if (r.balanced()) {
      b.stat(StatisticName.THETA, r.thetaMin());
    } else {
      b.stat(StatisticName.THETA_MIN, r.thetaMin());
      b.stat(StatisticName.THETA_MAX, r.thetaMax());
      b.details.put("thetaByPanel", r.thetaByPanel());
    }
    b.stat(StatisticName.R2_WITHIN, r.rSquaredWithin());
    b.stat(StatisticName.R2_BETWEEN, r.rSquaredBetween());
    b.stat(StatisticName.R2_OVERALL, r.rSquaredOverall());
    b.notes.add(Note.of(NoteCode.SWAMY_ARORA));
    if (r.sigmaUTruncated()) {
      b.notes.add(Note.of(NoteCode.SIGMA_U_TRUNCATED));
    }
    b.tests.add(waldTest(r.waldChi2(), r.waldDf()));
    if (r.clusters() > 0) {
      robustNotes(b, vce, r.clusters(), "re");
      // The Hausman test compares the conventional covariances (Stata refuses robust ones).
      hausman(b, new RandomEffects().fit(b.data).estimates());
    } else {
      hausman(b, r.estimates());
    }
    b.add(Diagnostics.breuschPagan(b.data), TestName.BREUSCH_PAGAN_LM);
    return b.build(
        r.estimates(),
        Reference.normal(),
        r.clusters() > 0 ? Fgls.name(vce) : "conventional",
        null,
        0,
        true);
  }

  private ModelResult fgls(Builder b) {
    Fgls.Options o = fglsOptions(b.spec);
    Fgls.Result r = new Fgls(o).fit(b.data);
    b.options.put("panels", Fgls.name(o.panels()));
    b.options.put("corr", Fgls.name(o.corr()));
    if (o.corr() != Fgls.Correlation.INDEPENDENT) {
      b.options.put("rhotype", Fgls.name(o.rhoType()));
    }
    b.options.put("igls", o.igls());
    b.options.put("nmk", o.nmk());
    b.stat(StatisticName.UNITS, r.units());
    if (r.rho() != null) {
      b.stat(StatisticName.RHO, r.rho());
    }
    if (r.sigma2() != null) {
      b.stat(StatisticName.SIGMA2, r.sigma2());
    }
    if (!r.rhoByPanel().isEmpty()) {
      b.details.put("rhoByPanel", r.rhoByPanel());
    }
    if (!r.sigma2ByPanel().isEmpty()) {
      b.details.put("sigma2ByPanel", r.sigma2ByPanel());
    }
    if (!r.sigma().isEmpty()) {
      b.details.put("sigma", r.sigma());
    }
    b.tests.add(waldTest(r.waldChi2(), r.waldDf()));
    if (!r.converged()) {
      b.notes.add(Note.of(NoteCode.IGLS_NOT_CONVERGED, r.iterations()));
    }
    if (b.spec.node().bool("diagnostics", true)) {
      b.add(modifiedWaldAfterFe(b), TestName.MODIFIED_WALD_GROUPWISE_HETEROSKEDASTICITY);
      b.add(Diagnostics.wooldridge(b.data), TestName.WOOLDRIDGE_SERIAL_CORRELATION);
      try {
        RandomEffects.Result re = new RandomEffects().fit(b.data);
        hausman(b, re.estimates());
      } catch (InputException | EstimationException e) {
        b.notes.add(Note.of(NoteCode.HAUSMAN_NOT_COMPUTED));
      }
    }
    return b.build(
        r.estimates(),
        Reference.normal(),
        o.nmk() ? "gls_nmk" : "gls",
        r.logLikelihood(),
        r.iterations(),
        r.converged());
  }

  private static TestResult modifiedWaldAfterFe(Builder b) {
    try {
      PanelData varying = varyingOnly(b.data);
      return Diagnostics.modifiedWald(varying, new FixedEffects().fit(varying).estimates());
    } catch (InputException | EstimationException e) {
      return null;
    }
  }

  private static void hausman(Builder b, Estimates re) {
    try {
      PanelData varying = varyingOnly(b.data);
      FixedEffects.Result fe = new FixedEffects().fit(varying);
      b.add(Diagnostics.hausman(fe.estimates(), re), TestName.HAUSMAN);
    } catch (InputException | EstimationException e) {
      b.notes.add(Note.of(NoteCode.HAUSMAN_NOT_COMPUTED));
    }
  }

  private static PanelData varyingOnly(PanelData data) {
    List<String> keep = new ArrayList<>(data.regressors());
    keep.removeAll(FixedEffects.timeInvariant(data));
    return data.select(keep);
  }

  private static List<String> slopes(Estimates e) {
    List<String> out = new ArrayList<>(e.terms());
    out.remove(Estimates.CONSTANT);
    return out;
  }

  private static TestResult waldTest(double chi2, int df) {
    double p = df == 0 ? 1 : Tails.chi2(chi2, df);
    return new TestResult(TestName.WALD_SLOPES, chi2, df, null, p, "chi2", List.of());
  }

  /** The F test that all slopes are zero, when the fit could compute it. */
  private static void addSlopesF(Builder b, Double f, int df1, int df2) {
    if (f != null) {
      b.tests.add(fTest(TestName.F_SLOPES, f, df1, df2));
    }
  }

  private static TestResult fTest(String name, double f, int df1, int df2) {
    double p = Tails.f(f, df1, df2);
    return new TestResult(name, f, df1, df2, p, "F", List.of());
  }

  static PooledOls.Vce olsOptions(ModelSpec spec) {
    ConfigNode node = spec.node();
    PooledOls.Vce vce =
        node.abbreviated("vce", PooledOls.Vce.class, null, PanelModelRunner::vceMinimum);
    if (node.has("cluster")) {
      node.requiredString("cluster");
      if (vce != null && vce != PooledOls.Vce.CLUSTER) {
        throw node.get("cluster")
            .error("is set, but vce is " + Fgls.name(vce) + " (use vce: cluster)");
      }
      return PooledOls.Vce.CLUSTER;
    }
    return vce == null ? PooledOls.Vce.CONVENTIONAL : vce;
  }

  /** Stata's shortest vce() abbreviations: conv, r, cl. */
  static int vceMinimum(PooledOls.Vce v) {
    switch (v) {
      case CONVENTIONAL:
        return 4;
      case ROBUST:
        return 1;
      default:
        return 2;
    }
  }

  static Fgls.Options fglsOptions(ModelSpec spec) {
    ConfigNode node = spec.node();
    // Stata's xtgls accepts panels(h), corr(a) ...: one letter of each value suffices.
    Fgls.PanelVariance panels;
    if (node.has("panels")
        && node.get("panels").asString().trim().equalsIgnoreCase("heteroscedastic")) {
      panels = Fgls.PanelVariance.HETEROSKEDASTIC;
    } else {
      panels = node.abbreviated("panels", Fgls.PanelVariance.class, Fgls.PanelVariance.IID, e -> 1);
    }
    Fgls.Correlation corr =
        node.abbreviated("corr", Fgls.Correlation.class, Fgls.Correlation.INDEPENDENT, e -> 1);
    Fgls.RhoType rhoType = node.choice("rhotype", Fgls.RhoType.class, Fgls.RhoType.REGRESS);
    if (node.has("rhotype") && corr == Fgls.Correlation.INDEPENDENT) {
      throw node.get("rhotype").error("applies only with corr: ar1 or psar1");
    }
    double tol = node.number("tolerance", 1e-7);
    if (!(tol > 0)) {
      throw node.get("tolerance").error("must be positive, not " + tol);
    }
    int iterate = node.integer("iterate", 100);
    if (iterate < 1) {
      throw node.get("iterate").error("must be at least 1, not " + iterate);
    }
    return new Fgls.Options(
        panels, corr, rhoType, node.bool("igls", false), node.bool("nmk", false), tol, iterate);
  }

  /** Collects the pieces of one ModelResult. */
  private static final class Builder {
    final ModelSpec spec;
    final PanelData data;
    final List<Note> notes;
    final Map<String, Double> stats = new LinkedHashMap<>();
    final List<TestResult> tests = new ArrayList<>();
    final Map<String, Object> options = new LinkedHashMap<>();
    final Map<String, Object> details = new LinkedHashMap<>();
    Map<String, Double> unitEffects;
    MeanEquation mean;

    Builder(ModelSpec spec, PanelData data, List<Note> notes) {
      this.spec = spec;
      this.data = data;
      this.notes = notes;
    }

    void stat(String name, Number value) {
      if (value != null && Double.isFinite(value.doubleValue())) {
        stats.put(name, value.doubleValue());
      }
    }

    void add(TestResult t, String testName) {
      if (t == null) {
        notes.add(Note.of(NoteCode.TEST_NOT_COMPUTED, testName));
      } else if (Double.isFinite(t.statistic()) && Double.isFinite(t.p())) {
        tests.add(t);
      }
    }

    ModelResult build(
        Estimates est, Reference ref, String seType, Double ll, int iterations, boolean converged) {
      for (String d : est.dropped()) {
        notes.add(0, Note.of(NoteCode.OMITTED_COLLINEAR, d));
      }
      mean =
          new MeanEquation(
              MeanEquation.Link.IDENTITY,
              est.terms(),
              est.coef(),
              est.vcov(),
              ref,
              null,
              false,
              unitEffects);
      int p = est.terms().size();
      List<String> eq = java.util.Collections.nCopies(p, "main");
      return new ModelResult(
          spec.id(),
          spec.estimator(),
          spec.label(),
          spec.data(),
          spec.dependent(),
          spec.regressors(),
          data.nobs(),
          0,
          converged,
          iterations,
          null,
          ll != null && Double.isFinite(ll) ? ll : null,
          ref.kind(),
          seType,
          Wald.rows(eq, est.terms(), est.coefArray(), est.vcovArray(), ref),
          stats,
          tests,
          List.of(),
          List.of(),
          notes,
          options,
          details);
    }
  }
}
