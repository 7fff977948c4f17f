package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestResult;

/**
 * Within estimator against "fe_within_grunfeld" (R plm within; constant and auxiliary statistics as
 * Stata xtreg, fe, confirmed by a published Stata 16 log, see reference/README.md).
 */
class FixedEffectsGrunfeldTest extends PanelTestSupport {
  private final JsonNode ref = expected("fe_within_grunfeld");
  private final ModelResult r = fitGrunfeld("fe", "");

  @Test
  void matchesXtregFeCoefficientsIncludingConstant() {
    assertCoefficients(r, ref.get("coefficients"), "t");
    assertThat(r.statistics().get("dfResidual")).isEqualTo(ref.get("dfResidual").asDouble());
    assertAllFinite(r);
  }

  @Test
  void matchesXtregFeAuxiliaryStatistics() {
    Map<String, Double> s = r.statistics();
    assertRelative(s.get("sigmaU"), ref.get("sigmaU").asDouble(), COEF_TOL, "sigmaU");
    assertRelative(s.get("sigmaE"), ref.get("sigmaE").asDouble(), COEF_TOL, "sigmaE");
    assertRelative(s.get("rho"), ref.get("rho").asDouble(), COEF_TOL, "rho");
    assertRelative(s.get("r2Within"), ref.get("rSquaredWithin").asDouble(), COEF_TOL, "r2 within");
    assertRelative(
        s.get("r2Between"), ref.get("rSquaredBetween").asDouble(), COEF_TOL, "r2 between");
    assertRelative(
        s.get("r2Overall"), ref.get("rSquaredOverall").asDouble(), COEF_TOL, "r2 overall");
    assertRelative(s.get("ssr"), ref.get("ssr").asDouble(), COEF_TOL, "ssr");
  }

  @Test
  void matchesFTestThatAllUnitEffectsAreZero() {
    JsonNode f = ref.get("fTestAllUiZero");
    TestResult t = r.test("fAllUiZero");
    assertRelative(t.statistic(), f.get("statistic").asDouble(), STAT_TOL, "F u_i");
    assertThat(t.df()).isEqualTo(f.get("df1").asInt());
    assertThat(t.df2()).isEqualTo(f.get("df2").asInt());
    assertPValue(t.p(), f.get("pValue").asDouble(), "F u_i");
  }

  @Test
  void reportsFixedEffectsInLevelForm() {
    @SuppressWarnings("unchecked")
    Map<String, Double> a = (Map<String, Double>) r.details().get("fixedEffects");
    ref.get("fixedEffects")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    a.get(e.getKey()), e.getValue().asDouble(), COEF_TOL, "a_" + e.getKey()));
  }

  @Test
  void carriesHeteroskedasticityAndSerialCorrelationTestsAndVifs() {
    assertThat(r.test("modifiedWaldGroupwiseHeteroskedasticity").df()).isEqualTo(10);
    assertThat(r.test("wooldridgeSerialCorrelation").df2()).isEqualTo(9);
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) r.details().get("vif")).keySet()))
        .containsExactly("value", "capital");
  }
}
