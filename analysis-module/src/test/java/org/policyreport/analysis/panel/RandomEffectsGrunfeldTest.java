package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestResult;

/**
 * Swamy-Arora random effects against "re_swamy_arora_grunfeld" (R plm random, swar) and the Hausman
 * test against "hausman_fe_re_grunfeld" (plm phtest = Stata hausman fe re).
 */
class RandomEffectsGrunfeldTest extends PanelTestSupport {
  private final JsonNode ref = expected("re_swamy_arora_grunfeld");
  private final ModelResult r = fitGrunfeld("re", "");

  @Test
  void matchesPlmSwamyAroraCoefficients() {
    assertCoefficients(r, ref.get("coefficients"), "z");
    assertThat(r.statistic()).isEqualTo("z");
    assertAllFinite(r);
  }

  @Test
  void matchesVarianceComponentsAndTheta() {
    Map<String, Double> s = r.statistics();
    assertRelative(s.get("sigmaU"), ref.get("sigmaU").asDouble(), COEF_TOL, "sigmaU");
    assertRelative(s.get("sigmaE"), ref.get("sigmaE").asDouble(), COEF_TOL, "sigmaE");
    assertRelative(s.get("rho"), ref.get("rho").asDouble(), COEF_TOL, "rho");
    assertRelative(s.get("theta"), ref.get("theta").asDouble(), COEF_TOL, "theta");
    TestResult w = r.test("waldSlopes");
    assertRelative(w.statistic(), ref.get("waldChi2").asDouble(), STAT_TOL, "wald");
    assertThat(w.df()).isEqualTo(ref.get("waldDf").asInt());
  }

  @Test
  void matchesPhtestHausmanStatistic() {
    JsonNode h = expected("hausman_fe_re_grunfeld");
    TestResult t = r.test("hausman");
    assertRelative(t.statistic(), h.get("statistic").asDouble(), STAT_TOL, "Hausman");
    assertThat(t.df()).isEqualTo(h.get("df").asInt());
    assertRelative(t.p(), h.get("pValue").asDouble(), STAT_TOL, "Hausman p");
  }

  @Test
  void carriesBreuschPaganTestForRandomEffects() {
    TestResult bp = r.test("breuschPaganLm");
    assertThat(bp.distribution()).isEqualTo("chibar2");
    assertThat(bp.statistic()).isPositive();
  }
}
