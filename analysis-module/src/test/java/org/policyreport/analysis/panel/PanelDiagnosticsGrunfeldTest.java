package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestResult;

/**
 * Diagnostics and robust OLS covariances against independent R values (grunfeld_diagnostics_r.json
 * next to this class, written by analysis-module/bench/panel_reference_diagnostics.R: sandwich
 * vcovHC/vcovCL HC1, plm plmtest, xtserial and xttest3 spelled out with lm). Tolerance 1e-8
 * relative: all are closed-form.
 */
class PanelDiagnosticsGrunfeldTest extends PanelTestSupport {
  private static final double TOL = 1e-8;
  private final JsonNode ref = json("/org/policyreport/analysis/panel/grunfeld_diagnostics_r.json");

  @Test
  void robustStandardErrorsMatchSandwichHc1() {
    ModelResult r = fitGrunfeld("ols", "vce: robust\n");
    ref.get("olsRobustSe")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    r.coefficient(e.getKey()).se(), e.getValue().asDouble(), TOL, e.getKey()));
  }

  @Test
  void clusterStandardErrorsMatchSandwichVcovClWithStataFactor() {
    ModelResult r = fitGrunfeld("ols", "vce: cluster\n");
    ref.get("olsClusterFirmSe")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    r.coefficient(e.getKey()).se(), e.getValue().asDouble(), TOL, e.getKey()));
  }

  @Test
  void breuschPaganLmMatchesPlmtest() {
    TestResult t = fitGrunfeld("re", "").test("breuschPaganLm");
    assertRelative(t.statistic(), ref.at("/breuschPaganLm/statistic").asDouble(), TOL, "LM");
    assertThat(t.p()).isLessThan(1e-10);
  }

  @Test
  void wooldridgeTestMatchesXtserialRegressions() {
    TestResult t = fitGrunfeld("fe", "").test("wooldridgeSerialCorrelation");
    assertRelative(t.statistic(), ref.at("/wooldridge/statistic").asDouble(), TOL, "F");
    assertThat(t.df()).isEqualTo(ref.at("/wooldridge/df1").asInt());
    assertThat(t.df2()).isEqualTo(ref.at("/wooldridge/df2").asInt());
  }

  @Test
  void modifiedWaldTestMatchesGreeneFormula() {
    TestResult t = fitGrunfeld("fe", "").test("modifiedWaldGroupwiseHeteroskedasticity");
    assertRelative(t.statistic(), ref.at("/modifiedWald/statistic").asDouble(), TOL, "W");
    assertThat(t.df()).isEqualTo(ref.at("/modifiedWald/df").asInt());
  }

  @Test
  void varianceInflationFactorsMatchAuxiliaryRegressions() {
    @SuppressWarnings("unchecked")
    Map<String, Double> vif = (Map<String, Double>) fitGrunfeld("ols", "").details().get("vif");
    ref.get("vif")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    vif.get(e.getKey()), e.getValue().asDouble(), TOL, "VIF " + e.getKey()));
  }

  @Test
  void growthModelCarriesItsSpecificationTests() {
    ModelResult r = fitGrunfeld("fgls", "panels: hetero\ncorr: ar1\n");
    assertThat(r.test("modifiedWaldGroupwiseHeteroskedasticity")).isNotNull();
    assertThat(r.test("wooldridgeSerialCorrelation")).isNotNull();
    assertRelative(
        r.test("hausman").statistic(),
        expected("hausman_fe_re_grunfeld").get("statistic").asDouble(),
        STAT_TOL,
        "Hausman on the fgls model");
    assertThat(fitGrunfeld("fgls", "panels: hetero\ncorr: ar1\ndiagnostics: false\n").tests())
        .extracting(TestResult::name)
        .containsExactly("waldSlopes");
  }
}
