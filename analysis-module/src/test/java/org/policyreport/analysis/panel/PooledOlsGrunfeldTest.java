package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;

/**
 * Pooled OLS against reference/grunfeld_expected.json "pooled_ols_grunfeld" (R lm = Stata regress).
 */
class PooledOlsGrunfeldTest extends PanelTestSupport {
  private final JsonNode ref = expected("pooled_ols_grunfeld");

  @Test
  void matchesStataRegressOnGrunfeld() {
    ModelResult r = fitGrunfeld("ols", "");
    assertCoefficients(r, ref.get("coefficients"), "t");
    assertThat(r.statistic()).isEqualTo("t");
    assertRelative(r.statistics().get("r2"), ref.get("rSquared").asDouble(), COEF_TOL, "r2");
    assertRelative(
        r.statistics().get("r2Adjusted"), ref.get("adjRSquared").asDouble(), COEF_TOL, "adj r2");
    assertRelative(
        r.statistics().get("rootMse"), ref.get("sigma").asDouble(), COEF_TOL, "root mse");
    assertRelative(r.statistics().get("ssr"), ref.get("ssr").asDouble(), COEF_TOL, "ssr");
    assertThat(r.statistics().get("dfResidual")).isEqualTo(ref.get("dfResidual").asDouble());
    assertRelative(r.test("fSlopes").statistic(), ref.get("fStatistic").asDouble(), STAT_TOL, "F");
    assertRelative(r.logLikelihood(), ref.get("logLikelihood").asDouble(), COEF_TOL, "ll");
    assertAllFinite(r);
  }

  @Test
  void clusteringEveryObservationAloneEqualsHc1Robust() {
    // (G/(G-1))((N-1)/(N-k)) with G = N is N/(N-k): Stata's cluster and robust factors coincide.
    ModelResult robust = fitGrunfeld("ols", "vce: robust\n");
    ModelResult cluster =
        fit(
            grunfeldWithRowId(),
            panelSource("grunfeld", false),
            "ols",
            "inv",
            java.util.List.of("value", "capital"),
            "cluster: row\n");
    for (Coefficient c : robust.coefficients()) {
      assertRelative(cluster.coefficient(c.term()).se(), c.se(), 1e-10, c.term());
    }
    assertThat(robust.seType()).isEqualTo("robust");
    assertThat(cluster.seType()).isEqualTo("cluster");
  }

  @Test
  void clusterRobustUsesClusterCountForDegreesOfFreedom() {
    ModelResult r = fitGrunfeld("ols", "vce: cluster\n");
    assertThat(r.statistics().get("nClusters")).isEqualTo(10.0);
    assertThat(r.statistics().get("dfResidual")).isEqualTo(9.0);
    assertThat(r.test("fSlopes").df2()).isEqualTo(9);
  }

  private static org.policyreport.analysis.data.DataTable grunfeldWithRowId() {
    String csv =
        new String(resource("/reference/grunfeld.csv"), java.nio.charset.StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    String[] lines = csv.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      out.append(lines[i].strip()).append(',').append(i == 0 ? "row" : "r" + i).append('\n');
    }
    return org.policyreport.analysis.data.CsvReader.parse(
        "grunfeld", out.toString(), "grunfeld.csv", "");
  }
}
