package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.api.EstimationException;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;

/** How the panel models treat awkward data and options: clear messages, notes, never NaN. */
class PanelInputRulesTest extends PanelTestSupport {
  private static final List<String> XS = List.of("value", "capital");

  @Test
  void dropsCollinearRegressorWithNote() {
    DataTable t = grunfeldWith("value2", v -> 2 * v[1], r -> true);
    ModelResult r =
        fit(t, panelSource("g", false), "ols", "inv", List.of("value", "capital", "value2"), "");
    assertThat(r.coefficient("value2")).isNull();
    assertThat(r.notes()).contains(Note.of(NoteCode.OMITTED_COLLINEAR, "value2"));
    assertRelative(
        r.coefficient("value").coef(),
        expected("pooled_ols_grunfeld").at("/coefficients/value/coef").asDouble(),
        1e-6,
        "value");
  }

  @Test
  void rejectsRegressorConstantWithinEveryPanelUnderFixedEffects() {
    DataTable t = grunfeldWith("sector", v -> v[0] % 3, r -> true);
    List<String> xs = List.of("value", "capital", "sector");
    assertThatThrownBy(() -> fit(t, panelSource("g", false), "fe", "inv", xs, ""))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("model 'm'")
        .hasMessageContaining("'sector' is constant within every panel");
    ModelResult re = fit(t, panelSource("g", false), "re", "inv", xs, "");
    assertThat(re.coefficient("sector")).isNotNull();
    assertThat(re.test("hausman").df()).isEqualTo(2);
    assertAllFinite(re);
  }

  @Test
  void rejectsPanelWithSingleObservation() {
    DataTable t = grunfeldWith("x", v -> 0, row -> row >= 180 ? row == 180 : true);
    for (String est : List.of("fe", "re")) {
      assertThatThrownBy(() -> fit(t, panelSource("g", false), est, "inv", XS, ""))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("model 'm'")
          .hasMessageContaining("panel 10 (1935) has a single observation");
    }
    assertThatThrownBy(() -> fit(t, panelSource("g", false), "fgls", "inv", XS, "corr: ar1\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("panel 10 (1935)");
  }

  @Test
  void rejectsGapsInATimeSeriesUnlessTheDataSourceAllowsThem() {
    DataTable t = grunfeldWith("x", v -> 0, row -> row != 45);
    assertThatThrownBy(
            () -> fit(t, panelSource("g", false), "fgls", "inv", XS, "panels: hetero\ncorr: ar1\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("3 (missing 1940)")
        .hasMessageContaining("allowGaps: true");
    ModelResult r =
        fit(t, panelSource("g", true), "fgls", "inv", XS, "panels: hetero\ncorr: ar1\n");
    assertThat(r.nobs()).isEqualTo(199);
    assertThat(r.notes()).anyMatch(n -> n.code().equals(NoteCode.PANEL_GAPS));
    assertAllFinite(r);
  }

  @Test
  void rejectsPanelSpecificRhoOutsideTheUnitInterval() {
    // Several Grunfeld rho_i exceed 1 (reference/README.md), so psar1 cannot transform them.
    assertThatThrownBy(() -> fitGrunfeld("fgls", "panels: hetero\ncorr: psar1\n"))
        .isInstanceOf(EstimationException.class)
        .hasMessageContaining("model 'm'")
        .hasMessageContaining("psar1");
  }

  @Test
  void rejectsCorrelatedPanelsWithFewerPeriodsThanPanels() {
    DataTable t = grunfeldWith("x", v -> 0, row -> row % 20 < 8);
    assertThatThrownBy(
            () -> fit(t, panelSource("g", false), "fgls", "inv", XS, "panels: correlated\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("at least as many periods (8) as panels (10)");
  }

  @Test
  void rejectsOptionsOfAnotherEstimatorNamingTheKey() {
    assertThatThrownBy(() -> fitGrunfeld("ols", "corr: ar1\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("models[0].corr applies only to estimator fgls");
    assertThatThrownBy(() -> fitGrunfeld("fgls", "panels: bogus\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "models[0].panels 'bogus' is not one of iid (i), heteroskedastic (h), correlated (c)");
  }

  @Test
  void acceptsOptionValuesAbbreviatedAsStataDoes() {
    ModelResult full = fitGrunfeld("fgls", "panels: heteroskedastic\ncorr: ar1\n");
    ModelResult short_ = fitGrunfeld("fgls", "panels: het\ncorr: a\n");
    assertThat(short_.coefficients()).isEqualTo(full.coefficients());
    assertThat(fitGrunfeld("ols", "vce: cl\n").seType()).isEqualTo("cluster");
    assertThat(fitGrunfeld("fe", "vce: r\n").seType()).isEqualTo("robust");
    assertThatThrownBy(() -> fitGrunfeld("ols", "vce: c\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'c' is not one of conventional (conv), robust (r), cluster (cl)");
  }

  @Test
  void acceptsHeteroAsAliasOfHeteroskedastic() {
    ModelResult a = fitGrunfeld("fgls", "panels: hetero\n");
    ModelResult b = fitGrunfeld("fgls", "panels: heteroskedastic\n");
    assertThat(a.coefficients()).isEqualTo(b.coefficients());
    assertThat(a.options().get("panels")).isEqualTo("heteroskedastic");
  }

  @Test
  void unbalancedRandomEffectsReportsThetaPerPanel() {
    DataTable t =
        grunfeldWith("x", v -> 0, row -> !(row >= 180 && row < 185) && !(row >= 20 && row < 30));
    ModelResult r = fit(t, panelSource("g", false), "re", "inv", XS, "");
    assertThat(r.statistics()).containsKeys("thetaMin", "thetaMax").doesNotContainKey("theta");
    assertThat((Map<?, ?>) r.details().get("thetaByPanel")).hasSize(10);
    assertThat(r.statistics().get("thetaMin")).isLessThan(r.statistics().get("thetaMax"));
    assertAllFinite(r);
    for (String est : List.of("ols", "fe", "fgls")) {
      assertAllFinite(
          fit(
              t,
              panelSource("g", false),
              est,
              "inv",
              XS,
              est.equals("fgls") ? "panels: hetero\ncorr: ar1\n" : ""));
    }
  }
}
