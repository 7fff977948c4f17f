package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.policyreport.analysis.config.DataSourceSpec;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.config.ConfigNode;

/**
 * Shared plumbing of the panel tests: the Grunfeld data and its reference estimates
 * (src/test/resources/reference, produced by R 4.2.2 plm 2.6.2 and a transparent re-coding of
 * Stata's xtgls.ado, cross-checked in numpy/statsmodels; see reference/README.md), and running a
 * model through {@link PanelModelRunner} from a YAML snippet as a user would write it.
 */
abstract class PanelTestSupport {
  /** Tolerances of the issue: coefficients 1e-6, SEs 1e-4, test statistics 1e-4 (relative). */
  static final double COEF_TOL = 1e-6;

  static final double SE_TOL = 1e-4;
  static final double STAT_TOL = 1e-4;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  static byte[] resource(String path) {
    try (InputStream in = PanelTestSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DataTable grunfeld() {
    return CsvReader.read("grunfeld", resource("/reference/grunfeld.csv"), "grunfeld.csv");
  }

  static JsonNode json(String path) {
    try {
      return JSON.readTree(resource(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry of reference/grunfeld_expected.json with this id. */
  static JsonNode expected(String id) {
    for (JsonNode m : json("/reference/grunfeld_expected.json").get("models")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no reference model " + id);
  }

  static DataSourceSpec panelSource(String name, boolean allowGaps) {
    return new DataSourceSpec(
        name,
        name + ".csv",
        "firm",
        "year",
        allowGaps,
        new ConfigNode(null, "test.yaml", "data." + name));
  }

  static ModelSpec spec(String yaml) {
    try {
      JsonNode node = YAML.readTree(yaml);
      ConfigNode c = new ConfigNode(node, "test.yaml", "models[0]");
      return new ModelSpec(
          c.requiredString("id"),
          c.requiredString("estimator"),
          c.string("label", null),
          c.requiredString("data"),
          c.requiredString("dependent"),
          c.strings("regressors"),
          c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fits inv on value and capital of the Grunfeld data with the given extra YAML keys. */
  static ModelResult fitGrunfeld(String estimator, String extraYaml) {
    return fit(
        grunfeld(),
        panelSource("grunfeld", false),
        estimator,
        "inv",
        List.of("value", "capital"),
        extraYaml);
  }

  static ModelResult fit(
      DataTable table,
      DataSourceSpec source,
      String estimator,
      String dependent,
      List<String> regressors,
      String extraYaml) {
    String yaml =
        "id: m\nestimator: "
            + estimator
            + "\ndata: "
            + source.name()
            + "\ndependent: "
            + dependent
            + "\nregressors: ["
            + String.join(", ", regressors)
            + "]\n"
            + extraYaml;
    ModelSpec s = spec(yaml);
    PanelModelRunner runner = new PanelModelRunner();
    runner.validate(s);
    return runner.fit(s, source, table);
  }

  static String term(String referenceName) {
    return referenceName.equals("(constant)") ? "_cons" : referenceName;
  }

  /** Compares every coefficient row with a reference block {name: {coef, se, t|z, p}}. */
  static void assertCoefficients(ModelResult r, JsonNode coefficients, String statName) {
    assertThat(r.coefficients()).hasSize(coefficients.size());
    coefficients
        .properties()
        .iterator()
        .forEachRemaining(
            e -> {
              Coefficient c = r.coefficient(term(e.getKey()));
              assertThat(c).as(e.getKey()).isNotNull();
              JsonNode x = e.getValue();
              assertRelative(c.coef(), x.get("coef").asDouble(), COEF_TOL, e.getKey() + " coef");
              assertRelative(c.se(), x.get("se").asDouble(), SE_TOL, e.getKey() + " se");
              assertRelative(
                  c.stat(), x.get(statName).asDouble(), STAT_TOL, e.getKey() + " " + statName);
              assertPValue(c.p(), x.get("p").asDouble(), e.getKey());
              assertThat(c.ciLow()).isLessThanOrEqualTo(c.coef());
              assertThat(c.ciHigh()).isGreaterThanOrEqualTo(c.coef());
            });
  }

  static void assertRelative(double actual, double expected, double tol, String what) {
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(tol * Math.max(Math.abs(expected), 1e-300)));
  }

  /** p-values: relative for ordinary ones; tiny ones (< 1e-12) only need to be tiny too. */
  static void assertPValue(double actual, double expected, String what) {
    if (expected < 1e-12) {
      assertThat(actual).as(what + " p").isLessThan(1e-10);
    } else {
      assertRelative(actual, expected, STAT_TOL, what + " p");
    }
  }

  /** Every number of a model result is finite: results.json must be valid JSON. */
  static void assertAllFinite(ModelResult r) {
    for (Coefficient c : r.coefficients()) {
      assertThat(java.util.List.of(c.coef(), c.se(), c.stat(), c.p(), c.ciLow(), c.ciHigh()))
          .as(c.term())
          .allMatch(Double::isFinite);
    }
    assertThat(r.statistics().values()).allMatch(Double::isFinite);
    r.tests()
        .forEach(
            t ->
                assertThat(java.util.List.of(t.statistic(), t.p()))
                    .as(t.name())
                    .allMatch(Double::isFinite));
  }

  /** Grunfeld with an added column f(firm, value, capital) and only the rows that pass. */
  static DataTable grunfeldWith(
      String name, java.util.function.ToDoubleFunction<double[]> f, IntPredicate keep) {
    DataTable g = grunfeld();
    List<String> cols = List.of("firm", "year", "inv", "value", "capital");
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (String c : cols) {
      out.put(c, new ArrayList<>());
    }
    out.put(name, new ArrayList<>());
    for (int r = 0; r < g.rowCount(); r++) {
      if (!keep.test(r)) {
        continue;
      }
      for (String c : cols) {
        out.get(c).add(g.numeric(c)[r]);
      }
      out.get(name)
          .add(
              f.applyAsDouble(
                  new double[] {
                    g.numeric("firm")[r], g.numeric("value")[r], g.numeric("capital")[r]
                  }));
    }
    Map<String, double[]> arrays = new LinkedHashMap<>();
    out.forEach((k, v) -> arrays.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
    return DataTable.ofNumeric("g", arrays);
  }
}
