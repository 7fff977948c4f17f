package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.ModelResult;

/**
 * Published Stata 8 output of {@code xtgls inv value capital, panels(correlated) corr(ar1)} on the
 * Grunfeld data (Statalist, 2004; reference/xtgls_published_check.json). Stata stored the data as
 * float, so with the data rounded to float32 every printed digit must be reproduced (within half a
 * unit of the last printed digit); with double data our own recorded values hold to 1e-9.
 */
class XtglsPublishedOutputTest extends PanelTestSupport {
  private final JsonNode check = json("/reference/xtgls_published_check.json");
  private static final String OPTIONS = "panels: correlated\ncorr: ar1\n";

  @Test
  void reproducesEveryPrintedDigitOnFloatStoredData() {
    ModelResult r =
        fit(
            float32Grunfeld(),
            panelSource("grunfeld", false),
            "fgls",
            "inv",
            List.of("value", "capital"),
            OPTIONS);
    JsonNode published = check.at("/float32RoundedData/published");
    published
        .get("coef")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertThat(r.coefficient(term(e.getKey())).coef())
                    .as(e.getKey())
                    .isCloseTo(e.getValue().asDouble(), within(halfLastDigit(e.getValue()))));
    published
        .get("se")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertThat(r.coefficient(term(e.getKey())).se())
                    .as(e.getKey())
                    .isCloseTo(e.getValue().asDouble(), within(halfLastDigit(e.getValue()))));
  }

  @Test
  void matchesRecordedDoublePrecisionValues() {
    ModelResult r = fitGrunfeld("fgls", OPTIONS);
    JsonNode ours = check.at("/doublePrecisionData/ours");
    ours.get("coef")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    r.coefficient(term(e.getKey())).coef(),
                    e.getValue().asDouble(),
                    1e-9,
                    e.getKey()));
    ours.get("se")
        .properties()
        .iterator()
        .forEachRemaining(
            e ->
                assertRelative(
                    r.coefficient(term(e.getKey())).se(),
                    e.getValue().asDouble(),
                    1e-9,
                    e.getKey()));
    assertRelative(r.statistics().get("rho"), ours.get("rho").asDouble(), 1e-9, "rho");
  }

  private static double halfLastDigit(JsonNode printed) {
    return 0.5 * Math.pow(10, -new BigDecimal(printed.asText()).scale());
  }

  private static DataTable float32Grunfeld() {
    DataTable g = grunfeld();
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String c : List.of("firm", "year", "inv", "value", "capital")) {
      double[] v = g.numeric(c).clone();
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) v[i];
      }
      cols.put(c, v);
    }
    return DataTable.ofNumeric("grunfeld", cols);
  }
}
