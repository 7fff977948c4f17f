package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.ModelResult;

/**
 * Swamy-Arora random effects on an unbalanced Grunfeld panel against R plm 2.6.2 (unbalanced swar
 * form), values in grunfeld_diagnostics_r.json "reUnbalanced" written by
 * analysis-module/bench/panel_reference_diagnostics.R. Tolerance 1e-8 (closed form).
 */
class RandomEffectsUnbalancedTest extends PanelTestSupport {
  private final JsonNode ref =
      json("/org/policyreport/analysis/panel/grunfeld_diagnostics_r.json").get("reUnbalanced");
  private final DataTable table =
      grunfeldWith("x", v -> 0, row -> !(row >= 20 && row < 30) && !(row >= 180 && row < 185));
  private final ModelResult r =
      fit(table, panelSource("g", false), "re", "inv", List.of("value", "capital"), "");

  @Test
  void matchesPlmUnbalancedSwamyAroraEstimates() {
    assertThat(r.nobs()).isEqualTo(ref.get("nobs").asInt());
    ref.get("coefficients")
        .properties()
        .iterator()
        .forEachRemaining(
            e -> {
              assertRelative(
                  r.coefficient(e.getKey()).coef(),
                  e.getValue().get("coef").asDouble(),
                  1e-8,
                  e.getKey());
              assertRelative(
                  r.coefficient(e.getKey()).se(),
                  e.getValue().get("se").asDouble(),
                  1e-8,
                  e.getKey() + " se");
            });
    assertRelative(r.statistics().get("sigmaU"), ref.get("sigmaU").asDouble(), 1e-8, "sigmaU");
    assertRelative(r.statistics().get("sigmaE"), ref.get("sigmaE").asDouble(), 1e-8, "sigmaE");
  }

  @Test
  void reportsThetaOfEveryPanel() {
    @SuppressWarnings("unchecked")
    Map<String, Double> theta = (Map<String, Double>) r.details().get("thetaByPanel");
    ref.get("thetaByPanel")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    theta.get(e.getKey()), e.getValue().asDouble(), 1e-8, "theta " + e.getKey()));
  }
}
