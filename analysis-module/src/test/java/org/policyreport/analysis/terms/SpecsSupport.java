package org.policyreport.analysis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/**
 * Runs configs through the whole analysis (config → model frame → estimator → results.json → read
 * back, so that every result also passes the schema) and compares with {@code
 * reference/specs_expected.json} (made by {@code reference/scripts/specs_models.R}).
 */
abstract class SpecsSupport {
  /** ARCHITECTURE: coefficients to 1e-6 relative, standard errors and statistics to 1e-4. */
  static final double COEF_REL = 1e-6;

  static final double SE_REL = 1e-4;

  private static final ObjectMapper JSON = new ObjectMapper();

  static byte[] resource(String path) {
    try (InputStream in = SpecsSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode expected(String id) {
    try {
      JsonNode m = JSON.readTree(resource("/reference/specs_expected.json")).get("models").get(id);
      if (m == null) {
        throw new IllegalArgumentException("no reference model " + id);
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the reference CSVs named into {@code dir} and analyzes the config lines there. */
  static AnalysisResults analyze(Path dir, String yaml, String... csvs) {
    try {
      for (String csv : csvs) {
        Files.write(dir.resolve(csv), resource("/reference/" + csv));
      }
      AnalysisConfig config =
          AnalysisConfig.from(
              ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "analysis.yaml"),
              new ConfigLocation.OnDisk(dir));
      AnalysisResults results =
          new Analysis(Estimators.standard(), new GeneratedBy("test", "0")).run(config).results();
      String json = ResultsJson.toJson(results);
      return ResultsJson.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "results.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** Every coefficient of the reference (main equation), coefficient and SE, by the same name. */
  static void assertCoefficients(ModelResult r, JsonNode coefficients) {
    int count = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = coefficients.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Coefficient c = r.coefficient(e.getKey());
      assertThat(c).as("term %s in %s", e.getKey(), r.id()).isNotNull();
      assertRelative(c.coef(), e.getValue().get("coef").asDouble(), COEF_REL, e.getKey() + " coef");
      assertRelative(c.se(), e.getValue().get("se").asDouble(), SE_REL, e.getKey() + " se");
      JsonNode p = e.getValue().get("p");
      assertThat(c.p()).as(e.getKey() + " p").isCloseTo(p.asDouble(), pTolerance(p.asDouble()));
      assertThat(c.ciLow()).isLessThanOrEqualTo(c.coef());
      assertThat(c.ciHigh()).isGreaterThanOrEqualTo(c.coef());
      count++;
    }
    assertThat(r.coefficients().stream().filter(c -> c.equation().equals("main")).count())
        .as("coefficients of %s", r.id())
        .isEqualTo(count);
  }

  private static org.assertj.core.data.Offset<Double> pTolerance(double p) {
    return org.assertj.core.data.Offset.offset(Math.max(1e-4 * p, 1e-12));
  }

  static void assertRelative(double actual, double expected, double rel, String what) {
    assertThat(actual)
        .as("%s: %s vs reference %s", what, actual, expected)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(rel * Math.abs(expected)));
  }
}
