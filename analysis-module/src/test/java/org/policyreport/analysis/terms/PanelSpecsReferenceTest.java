package org.policyreport.analysis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.TestResult;

/** Panel models with terms, time effects and cluster-robust SEs against R plm (specs_models.R). */
class PanelSpecsReferenceTest extends SpecsSupport {
  @TempDir Path dir;

  private ModelResult grunfeld(String model) {
    AnalysisResults r =
        analyze(
            dir,
            lines(
                "data:",
                "  grunfeld: {path: grunfeld.csv, panel: firm, time: year}",
                "models:",
                "  - {id: m, data: grunfeld, dependent: inv, " + model + "}"),
            "grunfeld.csv");
    return r.model("m");
  }

  @Test
  void hausmanInvertsAnIndefiniteDifferenceAsPhtestAndStata() {
    JsonNode ref = expected("hausman_produc");
    AnalysisResults r =
        analyze(
            dir,
            lines(
                "data:",
                "  produc: {path: produc.csv, panel: state, time: year}",
                "models:",
                "  - {id: re, estimator: re, data: produc, dependent: log(gsp),",
                "     regressors: [log(pcap), log(pc), log(emp), unemp]}"),
            "produc.csv");
    ModelResult re = r.model("re");
    assertCoefficients(re, ref.get("reCoefficients"));
    TestResult h = re.test("hausman");
    assertRelative(h.statistic(), ref.get("statistic").asDouble(), SE_REL, "Hausman chi2");
    assertThat(h.df()).isEqualTo(ref.get("df").asInt());
    assertRelative(h.p(), ref.get("p").asDouble(), SE_REL, "Hausman p");
    assertThat(h.notes()).containsExactly(Note.of(NoteCode.HAUSMAN_NOT_POSITIVE_DEFINITE));
    assertThat(re.dependent()).isEqualTo("log(gsp)");
  }

  @Test
  void randomEffectsWithYearEffectsMatchPlm() {
    JsonNode ref = expected("re_year_effects_grunfeld");
    ModelResult re = grunfeld("estimator: re, regressors: [value, capital], timeEffects: true");
    assertCoefficients(re, ref.get("coefficients"));
    assertRelative(re.statistics().get("sigmaU"), ref.get("sigmaU").asDouble(), SE_REL, "sigmaU");
    assertRelative(re.statistics().get("sigmaE"), ref.get("sigmaE").asDouble(), SE_REL, "sigmaE");
    assertRelative(re.statistics().get("theta"), ref.get("theta").asDouble(), SE_REL, "theta");
    assertThat(re.options()).containsEntry("timeEffects", true);
    assertThat(re.regressors()).containsExactly("value", "capital");
    assertThat(re.coefficient("year=1954")).isNotNull();
    assertThat(re.coefficient("year=1935")).as("the first period is the reference").isNull();
  }

  @Test
  void fixedEffectsWithTimeEffectsAreTwoWayFixedEffects() {
    JsonNode ref = expected("fe_twoways_grunfeld");
    ModelResult fe = grunfeld("estimator: fe, regressors: [value, capital], timeEffects: true");
    for (String t : new String[] {"value", "capital"}) {
      assertRelative(
          fe.coefficient(t).coef(), ref.at("/coefficients/" + t + "/coef").asDouble(), COEF_REL, t);
      assertRelative(
          fe.coefficient(t).se(), ref.at("/coefficients/" + t + "/se").asDouble(), SE_REL, t);
    }
    assertThat(fe.statistics().get("dfResidual")).isEqualTo(ref.get("dfResidual").asDouble());
  }

  @Test
  void clusterRobustFixedEffectsFollowStataFormula() {
    JsonNode ref = expected("fe_cluster_grunfeld");
    ModelResult fe =
        grunfeld("estimator: fe, regressors: [value, capital], vce: cluster, cluster: firm");
    assertCoefficients(fe, ref.get("coefficients"));
    assertThat(fe.seType()).isEqualTo("cluster");
    assertThat(fe.statistics().get("nClusters")).isEqualTo(10.0);
    assertThat(fe.notes()).anyMatch(n -> n.code().startsWith("robustFe"));
    // plm's vcovHC(type = "sss") counts only the slopes in K: it differs by sqrt((N-K)/(N-k)).
    double ratio = Math.sqrt(ref.at("/plmVcovHC/ratioToStata").asDouble());
    assertRelative(
        fe.coefficient("value").se() * ratio,
        ref.at("/plmVcovHC/se/value").asDouble(),
        SE_REL,
        "value se as plm");
  }

  @Test
  void robustFixedEffectsClusterByPanel() {
    ModelResult robust = grunfeld("estimator: fe, regressors: [value, capital], vce: robust");
    assertCoefficients(robust, expected("fe_cluster_grunfeld").get("coefficients"));
    assertThat(robust.seType()).isEqualTo("robust");
  }

  @Test
  void clusterRobustRandomEffectsMatchPlmVcovHc() {
    JsonNode ref = expected("re_cluster_grunfeld");
    ModelResult re = grunfeld("estimator: re, regressors: [value, capital], vce: robust");
    assertCoefficients(re, ref.get("coefficients"));
    assertThat(re.test("hausman"))
        .as("Hausman still from the conventional covariances")
        .isNotNull();
  }

  @Test
  void fixedEffectsWithALagDropTheFirstPeriodOfEachUnit() {
    JsonNode ref = expected("fe_lag_grunfeld");
    ModelResult fe = grunfeld("estimator: fe, regressors: [\"lag(value, 1)\", capital]");
    for (String t : new String[] {"lag(value,1)", "capital"}) {
      assertRelative(
          fe.coefficient(t).coef(),
          ref.get("coefficients").get(t).get("coef").asDouble(),
          COEF_REL,
          t);
      assertRelative(
          fe.coefficient(t).se(), ref.get("coefficients").get(t).get("se").asDouble(), SE_REL, t);
    }
    assertThat(fe.nobs()).isEqualTo(ref.get("nobs").asInt());
    assertThat(fe.nobsDropped()).isEqualTo(10);
    assertThat(fe.details()).containsKey("droppedRows");
  }
}
