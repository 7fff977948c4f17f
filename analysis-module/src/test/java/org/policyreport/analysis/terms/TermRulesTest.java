package org.policyreport.analysis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;

/** Term syntax, names, domains and identifiers as text. */
class TermRulesTest extends SpecsSupport {
  @TempDir Path dir;

  @Test
  void termNameIsTheConfigTextWithoutSpaces() {
    assertThat(TermParser.parse(" lag( x , 2 )").name()).isEqualTo("lag(x,2)");
    assertThat(TermParser.parse("log(x) : z").name()).isEqualTo("log(x):z");
    assertThat(TermParser.parse("x ^ 2").name()).isEqualTo("x^2");
    assertThat(TermParser.parse("factor(region)")).isInstanceOf(Term.Factor.class);
    assertThat(TermParser.parse("diff(log1p(x))").variables()).containsExactly("x");
    assertThat(TermParser.parse("sqrt(x):lag(z)").usesPanel()).isTrue();
    assertThat(TermParser.parse("재정자립도")).isEqualTo(new Term.Variable("재정자립도"));
  }

  @Test
  void rejectsMalformedTermsNamingWhatWasExpected() {
    assertThatThrownBy(() -> TermParser.parse("log(x"))
        .hasMessageContaining("expected ')'")
        .hasMessageContaining("quote a term with a comma");
    assertThatThrownBy(() -> TermParser.parse("lag(x, 0)")).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> TermParser.parse("factor(x):z"))
        .hasMessageContaining("unexpected ':'");
    assertThatThrownBy(() -> TermParser.parse("log(factor(x))"))
        .hasMessageContaining("must be a term of its own");
  }

  private AnalysisResults run(String csv, String models) throws Exception {
    Files.writeString(dir.resolve("d.csv"), csv, StandardCharsets.UTF_8);
    return analyze(
        dir, lines("data:", "  d: {path: d.csv, panel: id, time: t}", "models:", models));
  }

  @Test
  void panelCodesZeroOneAndOneAreTwoUnits() throws Exception {
    String csv =
        lines(
            "id,t,y,x",
            "01,1,1.0,0.5",
            "01,2,2.1,1.0",
            "01,3,2.9,1.6",
            "1,1,4.0,0.2",
            "1,2,4.9,0.9",
            "1,3,6.2,1.4");
    ModelResult fe =
        run(csv, "  - {id: fe, estimator: fe, data: d, dependent: y, regressors: [x]}").model("fe");
    assertThat(fe.statistics().get("units")).isEqualTo(2.0);
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> effects =
        (java.util.Map<String, Object>) fe.details().get("fixedEffects");
    assertThat(effects).containsOnlyKeys("01", "1");
  }

  @Test
  void textTimeLabelsAreOrderedAsTextAndNameThePeriodDummies() throws Exception {
    StringBuilder csv = new StringBuilder("id,t,y,x\n");
    Random rnd = new Random(7);
    String[] periods = {"2019H2", "2019H1", "2020H1"};
    for (int u = 1; u <= 6; u++) {
      for (String p : periods) {
        csv.append("u").append(u).append(',').append(p).append(',');
        csv.append(rnd.nextGaussian()).append(',').append(rnd.nextGaussian()).append('\n');
      }
    }
    ModelResult ols =
        run(
                csv.toString(),
                "  - {id: o, estimator: ols, data: d, dependent: y, regressors: [x], timeEffects: true}")
            .model("o");
    assertThat(ols.coefficient("t=2019H1")).as("first label in text order is the base").isNull();
    assertThat(ols.coefficient("t=2019H2")).isNotNull();
    assertThat(ols.coefficient("t=2020H1")).isNotNull();
  }

  @Test
  void diffIsTheChangeSinceThePreviousPeriodOfTheSameUnit() throws Exception {
    Random rnd = new Random(11);
    StringBuilder csv = new StringBuilder("id,t,y,x,dx\n");
    for (int u = 0; u < 8; u++) {
      double prev = Double.NaN;
      for (int t = 2001; t <= 2006; t++) {
        double x = rnd.nextGaussian();
        double dx = x - prev;
        csv.append("u").append(u).append(',').append(t).append(',');
        csv.append(rnd.nextGaussian() + 0.7 * (Double.isNaN(dx) ? 0 : dx)).append(',');
        csv.append(x).append(',').append(Double.isNaN(dx) ? "" : Double.toString(dx)).append('\n');
        prev = x;
      }
    }
    AnalysisResults r =
        run(
            csv.toString(),
            lines(
                "  - {id: a, estimator: ols, data: d, dependent: y, regressors: [diff(x)]}",
                "  - {id: b, estimator: ols, data: d, dependent: y, regressors: [dx]}"));
    ModelResult a = r.model("a");
    ModelResult b = r.model("b");
    assertThat(a.coefficient("diff(x)").coef())
        .isCloseTo(b.coefficient("dx").coef(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(a.nobs()).isEqualTo(40);
    assertThat(a.details().get("droppedRows")).isEqualTo(java.util.Map.of("missing", 0, "lag", 8));
    assertThat(b.details().get("droppedRows")).isEqualTo(java.util.Map.of("missing", 8, "lag", 0));
  }

  @Test
  void aBlankInsideAUnitsSeriesDropsTheRowInsteadOfFailingOnTheGap() throws Exception {
    String csv =
        lines(
            "id,t,y,x",
            "a,1,1.0,0.5",
            "a,2,,1.0",
            "a,3,2.9,1.6",
            "a,4,3.3,2.0",
            "b,1,4.0,0.2",
            "b,2,4.9,0.9",
            "b,3,6.2,1.4",
            "b,4,6.0,1.9");
    ModelResult fe =
        run(csv, "  - {id: fe, estimator: fe, data: d, dependent: y, regressors: [x]}").model("fe");
    assertThat(fe.nobs()).isEqualTo(7);
    assertThat(fe.nobsDropped()).isEqualTo(1);
    assertThat(fe.notes()).contains(Note.of(NoteCode.PANEL_GAPS, "a (missing 2)"));
  }

  @Test
  void countModelsOnPanelDataTakeTimeEffectsAndCrossSectionsRefuseThem() throws Exception {
    StringBuilder csv = new StringBuilder("id,t,y,x\n");
    Random rnd = new Random(3);
    for (int u = 0; u < 30; u++) {
      for (int t = 2001; t <= 2004; t++) {
        double x = rnd.nextGaussian();
        long y = Math.round(Math.exp(0.5 + 0.3 * x + 0.1 * (t - 2001)) + rnd.nextInt(3));
        csv.append(u).append(',').append(t).append(',').append(y).append(',').append(x);
        csv.append('\n');
      }
    }
    ModelResult p =
        run(
                csv.toString(),
                "  - {id: p, estimator: poisson, data: d, dependent: y, regressors: [x],"
                    + " timeEffects: true}")
            .model("p");
    assertThat(p.coefficient("t=2002")).isNotNull();
    assertThat(p.coefficient("t=2004")).isNotNull();
    assertThat(p.regressors()).containsExactly("x");
    assertThat(p.options()).containsEntry("timeEffects", true);
    Files.writeString(dir.resolve("c.csv"), "y,x\n1,0.5\n2,0.1\n0,0.3\n", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                analyze(
                    dir,
                    lines(
                        "data:",
                        "  c: {path: c.csv}",
                        "models:",
                        "  - {id: p, estimator: poisson, data: c, dependent: y, regressors: [x],"
                            + " timeEffects: true}")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("models[0] uses timeEffects, which need a panel data source");
  }

  @Test
  void logOfANonPositiveValueNamesTheLine() {
    assertThatThrownBy(
            () ->
                run(
                    lines("id,t,y,x", "a,1,1,2", "a,2,2,0", "b,1,3,1", "b,2,1,3"),
                    "  - {id: o, estimator: ols, data: d, dependent: y, regressors: [log(x)]}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("d.csv line 3")
        .hasMessageContaining("log(x)");
  }

  @Test
  void referenceMustBeALevelOfTheFactor() {
    assertThatThrownBy(
            () ->
                run(
                    lines("id,t,y,g", "a,1,1,x", "a,2,2,y", "b,1,3,x", "b,2,1,y"),
                    "  - {id: o, estimator: ols, data: d, dependent: y, regressors: [factor(g)],"
                        + " reference: {g: z}}"))
        .hasMessageContaining("models[0].reference.g")
        .hasMessageContaining("levels: x, y");
  }

  /**
   * Simulation: y = 1 + 2 log(x) - 0.5 x:z + 0.3 z^2 + e recovers the parameters (within 4 SE), so
   * that log, product and power terms are evaluated as written.
   */
  @Test
  void olsRecoversKnownParametersOfTransformedTerms() throws Exception {
    Random rnd = new Random(20261202);
    StringBuilder csv = new StringBuilder("id,t,y,x,z\n");
    for (int i = 0; i < 4000; i++) {
      double x = Math.exp(rnd.nextGaussian());
      double z = rnd.nextGaussian();
      double y = 1 + 2 * Math.log(x) - 0.5 * x * z + 0.3 * z * z + rnd.nextGaussian();
      csv.append(i / 4).append(',').append(i % 4).append(',');
      csv.append(y).append(',').append(x).append(',').append(z).append('\n');
    }
    ModelResult ols =
        run(
                csv.toString(),
                "  - {id: o, estimator: ols, data: d, dependent: y,"
                    + " regressors: [log(x), x:z, z^2]}")
            .model("o");
    double[][] truth = {{1, 0}, {2, 0}, {-0.5, 0}, {0.3, 0}};
    String[] names = {"_cons", "log(x)", "x:z", "z^2"};
    for (int i = 0; i < names.length; i++) {
      var c = ols.coefficient(names[i]);
      assertThat(Math.abs(c.coef() - truth[i][0])).as(names[i]).isLessThan(4 * c.se());
    }
  }
}
