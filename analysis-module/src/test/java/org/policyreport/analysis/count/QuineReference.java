package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.config.ConfigNode;

/**
 * Shared base of the quine reference tests. The expected numbers come from {@code
 * reference/quine_expected.json} (R 4.2.2 scripts in {@code reference/scripts}, checked by
 * statsmodels 0.13.5; see the reference README): MASS quine, Days on EthN SexM AgeF1-3 LrnSL.
 * Tolerances follow the README: the references are converged to max|Newton step| < 1e-12.
 */
abstract class QuineReference {
  static final Path DIR = Path.of("src/test/resources/reference");
  static final double COEF_REL = 1e-6;
  static final double LL_ABS = 1e-6;

  static DataTable quine() {
    return CsvReader.read("quine", DIR.resolve("quine.csv"), "quine.csv");
  }

  static JsonNode expected(String id) {
    try {
      JsonNode root = new ObjectMapper().readTree(DIR.resolve("quine_expected.json").toFile());
      for (JsonNode m : root.get("models")) {
        if (m.get("id").asText().equals(id)) {
          return m;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no reference model " + id);
  }

  /** A model spec from YAML text, as the config reader would build it. */
  static ModelSpec spec(String yaml) {
    try {
      JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      ConfigNode node = new ConfigNode(n, "test.yaml", "models[0]");
      java.util.List<String> regs = node.strings("regressors");
      return new ModelSpec(
          node.requiredString("id"),
          node.requiredString("estimator"),
          null,
          "quine",
          node.requiredString("dependent"),
          regs,
          node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelResult fit(String yaml) {
    return new CountModelRunner().fit(spec(yaml), null, quine());
  }

  static final String REGRESSORS = "[EthN, SexM, AgeF1, AgeF2, AgeF3, LrnSL]";

  /** Every coefficient of the reference, with its SE, in our naming (_cons, main, lnalpha). */
  static void assertCoefficients(ModelResult r, JsonNode ref, double seRel) {
    int count = 0;
    for (Iterator<Map.Entry<String, JsonNode>> eqs =
            ref.get("coefficients").properties().iterator();
        eqs.hasNext(); ) {
      Map.Entry<String, JsonNode> eq = eqs.next();
      String equation = eq.getKey().equals(ref.get("dependent").asText()) ? "main" : eq.getKey();
      for (Iterator<Map.Entry<String, JsonNode>> ts = eq.getValue().properties().iterator();
          ts.hasNext(); ) {
        Map.Entry<String, JsonNode> t = ts.next();
        String term = t.getKey().equals("(constant)") ? "_cons" : t.getKey();
        Coefficient c = r.coefficient(equation, term);
        assertThat(c).as(equation + ":" + term).isNotNull();
        assertClose(
            c.coef(),
            t.getValue().get("coef").asDouble(),
            COEF_REL,
            equation + ":" + term + " coef");
        assertClose(
            c.se(), t.getValue().get("se").asDouble(), seRel, equation + ":" + term + " se");
        assertThat(c.ciLow()).isLessThanOrEqualTo(c.coef());
        assertThat(c.ciHigh()).isGreaterThanOrEqualTo(c.coef());
        count++;
      }
    }
    // NB-P's P is listed outside "coefficients" in the reference.
    assertThat(r.coefficients()).hasSize(count + (ref.has("P") ? 1 : 0));
    assertThat(r.logLikelihood()).isCloseTo(ref.get("logLikelihood").asDouble(), within(LL_ABS));
    assertThat(r.nobs()).isEqualTo(ref.get("nobs").asInt());
    assertThat(r.converged())
        .as("converged after %d iterations, gradient %s", r.iterations(), r.gradientNorm())
        .isTrue();
  }

  static void assertClose(double actual, double expected, double rel, String what) {
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(rel * Math.max(Math.abs(expected), 1e-12)));
  }
}
