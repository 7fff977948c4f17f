package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.document.TextDump;

/**
 * An effect sentence speaks of the same change as the table row of a scaled regressor ({@code
 * labels.variables.<column>.scale}): the scale is the sentence's step.
 */
class ScaledEffectTest {
  private static final AnalysisResults RESULTS = ReportFixture.results();

  private static Facts facts(ConfigNode config, String language) {
    return new Facts(ReportFixture.context(config, RESULTS, language));
  }

  @Test
  void countEffectOfAScaledRegressorIsPerScaleUnits() {
    Facts fx = facts(ReportFixture.config(), "en");
    Facts.Effect e = fx.effect("innovation_count", "venture_firms");
    double b = RESULTS.model("innovation_count").coefficient("main", "venture_firms").coef();
    assertThat(e.step()).isEqualTo(1000);
    assertThat(e.irrText()).isEqualTo(fx.num(Math.exp(1000 * b)));
    assertThat(e.stepIrrText()).isEqualTo(e.irrText());
    assertThat(e.sizeText()).isEqualTo(fx.num(Math.expm1(1000 * b) * 100, 1));
  }

  @Test
  void levelEffectOfAScaledRegressorMultipliesCoefficientAndSize() {
    // fiscal autonomy shown per 10 percentage points in the growth models
    ConfigNode config =
        ReportFixture.config(
            y -> {
              String from = "fiscal_autonomy: {en: Fiscal autonomy (%), ko: 재정자주도(%)}";
              int i = y.indexOf(from);
              y.replace(
                  i,
                  i + from.length(),
                  "fiscal_autonomy: {en: Fiscal autonomy (%), ko: 재정자주도(%), scale: 10}");
            });
    Facts fx = facts(config, "en");
    Facts.Effect e = fx.effect("growth_fe", "fiscal_autonomy");
    Coefficient c = RESULTS.model("growth_fe").coefficient("main", "fiscal_autonomy");
    assertThat(e.step()).isEqualTo(10);
    assertThat(e.coefText()).isEqualTo(fx.num(10 * c.coef()));
    assertThat(e.seText()).isEqualTo("(" + fx.num(10 * c.se()) + ")");
    assertThat(e.coef()).isEqualTo(c.coef());
  }

  @Test
  void defaultReportSentenceNamesTheScaledChangeAndItsRatio() {
    String en = TextDump.of(ReportFixture.build("en"));
    assertThat(en)
        .contains(
            "An increase of 1,000 in venture firms is associated with patent applications higher"
                + " by 5.0 % (IRR 1.050 for an increase of 1,000");
    String ko = TextDump.of(ReportFixture.build("ko"));
    assertThat(ko).contains("발생률비 1.050(1,000단위 기준)");
  }
}
