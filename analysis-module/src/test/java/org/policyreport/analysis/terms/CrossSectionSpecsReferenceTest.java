package org.policyreport.analysis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;

/** NB2 with log(), factor() and an exposure; OLS with listwise deletion (R MASS, lm). */
class CrossSectionSpecsReferenceTest extends SpecsSupport {
  @TempDir Path dir;

  @Test
  void nb2WithLogFactorWithChosenReferenceAndExposureMatchesR() {
    JsonNode ref = expected("nb2_ships");
    AnalysisResults r =
        analyze(
            dir,
            lines(
                "data:",
                "  ships: {path: ships.csv}",
                "models:",
                "  - {id: nb, estimator: nb2, data: ships, dependent: incidents,",
                "     regressors: [factor(type), log(year), factor(period)],",
                "     reference: {type: B}, exposure: service}"),
            "ships.csv");
    ModelResult nb = r.model("nb");
    assertCoefficients(nb, ref.get("coefficients"));
    assertRelative(
        nb.coefficient("lnalpha", "_cons").coef(),
        ref.get("lnalpha").asDouble(),
        COEF_REL,
        "lnalpha");
    assertRelative(
        nb.coefficient("lnalpha", "_cons").se(),
        ref.get("lnalphaSe").asDouble(),
        SE_REL,
        "lnalpha se");
    assertThat(nb.logLikelihood())
        .isCloseTo(ref.get("logLikelihood").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(nb.regressors())
        .containsExactly("type=A", "type=C", "type=D", "type=E", "log(year)", "period=75");
    assertThat(nb.options().get("reference"))
        .isEqualTo(java.util.Map.of("type", "B", "period", "60"));
  }

  @Test
  void nb2WithVceEimGivesGlmNbStandardErrors() {
    JsonNode ref = expected("nb2_ships");
    AnalysisResults r =
        analyze(
            dir,
            lines(
                "data:",
                "  ships: {path: ships.csv}",
                "models:",
                "  - {id: nb, estimator: nb2, data: ships, dependent: incidents, vce: eim,",
                "     regressors: [factor(type), log(year), factor(period)],",
                "     reference: {type: B}, exposure: service}"),
            "ships.csv");
    ModelResult nb = r.model("nb");
    ref.get("glmNbExpectedInformationSe")
        .fields()
        .forEachRemaining(
            e ->
                assertRelative(
                    nb.coefficient(e.getKey()).se(),
                    e.getValue().asDouble(),
                    SE_REL,
                    e.getKey() + " se (eim)"));
    assertThat(nb.seType()).isEqualTo("eim");
    assertThat(nb.test("lrVsConstantOnly")).isNotNull();
    assertThat(nb.notes()).contains(Note.of(NoteCode.EXPECTED_INFORMATION));
  }

  private static final String AIR =
      lines(
          "data:",
          "  air: {path: airquality.csv}",
          "models:",
          "  - {id: ols, estimator: ols, data: air, dependent: Ozone,",
          "     regressors: [Solar.R, Wind, Temp, Temp^2]MISSING}");

  @Test
  void olsDropsRowsWithABlankListwiseAsLm() {
    JsonNode ref = expected("ols_listwise_airquality");
    AnalysisResults r = analyze(dir, AIR.replace("MISSING", ""), "airquality.csv");
    ModelResult ols = r.model("ols");
    assertCoefficients(ols, ref.get("coefficients"));
    assertThat(ols.nobs()).isEqualTo(ref.get("nobs").asInt());
    assertThat(ols.nobsDropped()).isEqualTo(ref.get("nobsDropped").asInt());
    assertThat(ols.notes()).contains(Note.of(NoteCode.DROPPED_MISSING, 42));
    assertThat(r.warnings()).containsExactly(Note.of(NoteCode.ROWS_DROPPED_MISSING, 42, "ols"));
  }

  @Test
  void missingErrorRestoresTheStrictRule() {
    assertThatThrownBy(
            () -> analyze(dir, AIR.replace("MISSING", ", missing: error"), "airquality.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("airquality.csv line 6")
        .hasMessageContaining("missing value");
  }
}
