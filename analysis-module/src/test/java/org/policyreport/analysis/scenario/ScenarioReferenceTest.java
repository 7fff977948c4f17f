package org.policyreport.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.ScenarioRow;

/**
 * Scenarios against {@code reference/scenarios_expected.json}, made by {@code
 * reference/scripts/scenarios.R} (R 4.2.2: glm poisson, MASS glm.nb, lm, plm within; the script
 * checks its delta method against {@code predict(..., se.fit = TRUE)}). Values to 1e-6 relative,
 * standard errors to 1e-4 relative (ARCHITECTURE), interval bounds to the sum of both.
 */
class ScenarioReferenceTest {
  private static final double VALUE_REL = 1e-6;
  private static final double SE_REL = 1e-4;

  @TempDir static Path dir;
  private static AnalysisResults results;
  private static JsonNode expected;

  @BeforeAll
  static void analyze() throws Exception {
    String regressors = "regressors: [Temp, log(Wind), Solar.R]";
    results =
        ScenarioSupport.analyze(
            dir,
            ScenarioSupport.lines(
                "data:",
                "  air: {path: airquality.csv, panel: Month, time: Day}",
                "  grunfeld: {path: grunfeld.csv, panel: firm, time: year}",
                "models:",
                "  - {id: pois, estimator: poisson, data: air, dependent: Ozone, "
                    + regressors
                    + "}",
                "  - {id: nb2, estimator: nb2, data: air, dependent: Ozone, vce: eim,",
                "     " + regressors + "}",
                "  - {id: ols, estimator: ols, data: grunfeld, dependent: inv,"
                    + " regressors: [value, capital]}",
                "  - {id: fe, estimator: fe, data: grunfeld, dependent: inv,"
                    + " regressors: [value, capital]}",
                "scenarios:",
                "  - {id: poisson_wind_temp, model: pois, change: {Wind: \"*1.1\", Temp: +5}}",
                "  - {id: poisson_temp_set, model: pois, change: {Temp: \"=80\"}, year: 15}",
                "  - {id: nb2_wind_temp, model: nb2, change: {Wind: \"*1.1\", Temp: \"+5\"}}",
                "  - {id: ols_value, model: ols, change: {value: \"*1.1\"}, year: 1950}",
                "  - {id: fe_capital, model: fe, change: {capital: +100}}"),
            "airquality.csv",
            "grunfeld.csv");
    expected =
        new ObjectMapper()
            .readTree(ScenarioSupport.resource("/reference/scenarios_expected.json"))
            .get("scenarios");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "poisson_wind_temp",
        "poisson_temp_set",
        "nb2_wind_temp",
        "ols_value",
        "fe_capital"
      })
  void predictionsAndStandardErrorsMatchR(String id) {
    ScenarioResult s = results.scenario(id);
    JsonNode e = expected.get(id);
    assertThat(s).as(id).isNotNull();
    assertThat(s.totalKind()).isEqualTo(e.get("totalKind").asText());
    if (e.has("df")) {
      assertThat(s.interval()).isEqualTo("t");
      assertThat(s.df()).isEqualTo(e.get("df").asDouble());
    } else {
      assertThat(s.interval()).isEqualTo("z");
    }
    assertThat(s.units()).hasSize(e.get("units").size());
    for (int i = 0; i < s.units().size(); i++) {
      ScenarioRow r = s.units().get(i);
      JsonNode x = e.get("units").get(i);
      assertThat(r.unit()).isEqualTo(x.get("unit").asText());
      assertThat(r.period()).isEqualTo(x.get("period").asText());
      assertRow(r, x, id + " unit " + r.unit());
    }
    assertThat(s.total().unit()).isNull();
    assertRow(s.total(), e.get("total"), id + " total");
  }

  private static void assertRow(ScenarioRow r, JsonNode x, String what) {
    close(r.before(), x, "before", VALUE_REL, what);
    close(r.after(), x, "after", VALUE_REL, what);
    close(r.diff(), x, "diff", VALUE_REL, what);
    close(r.diffSe(), x, "diffSe", SE_REL, what);
    bound(r.diffCiLow(), x, "diffCiLow", x.get("diff"), x.get("diffSe"), what);
    bound(r.diffCiHigh(), x, "diffCiHigh", x.get("diff"), x.get("diffSe"), what);
    close(r.pct(), x, "pct", VALUE_REL, what);
    close(r.pctSe(), x, "pctSe", SE_REL, what);
    bound(r.pctCiLow(), x, "pctCiLow", x.get("pct"), x.get("pctSe"), what);
    bound(r.pctCiHigh(), x, "pctCiHigh", x.get("pct"), x.get("pctSe"), what);
    assertThat(r.diffCiLow()).isLessThanOrEqualTo(r.diff());
    assertThat(r.diffCiHigh()).isGreaterThanOrEqualTo(r.diff());
  }

  private static void close(double actual, JsonNode x, String key, double rel, String what) {
    double e = x.get(key).asDouble();
    assertThat(actual)
        .as("%s %s: %s vs R %s", what, key, actual, e)
        .isCloseTo(e, Offset.offset(rel * Math.abs(e)));
  }

  private static void bound(
      double actual, JsonNode x, String key, JsonNode value, JsonNode se, String what) {
    double e = x.get(key).asDouble();
    double tol = VALUE_REL * Math.abs(value.asDouble()) + 2 * SE_REL * se.asDouble();
    assertThat(actual)
        .as("%s %s: %s vs R %s", what, key, actual, e)
        .isCloseTo(e, Offset.offset(tol));
  }
}
