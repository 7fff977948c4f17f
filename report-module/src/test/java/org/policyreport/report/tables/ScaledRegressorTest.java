package org.policyreport.report.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.chart.ChartSpec;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.figures.Figures;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.ReportFixture;

/**
 * A regressor with {@code scale: 1000} in its label (venture firms in the default config) is shown
 * per 1,000 units in the regression table and the coefficient plot; the results stay per unit.
 */
class ScaledRegressorTest {
  private static final AnalysisResults RESULTS = ReportFixture.results();

  private static ReportContext context(ConfigNode config, String language) {
    return ReportFixture.context(config, RESULTS, language);
  }

  private static ModelResult count() {
    return RESULTS.model("innovation_count");
  }

  private static Table table(ReportContext ctx, boolean exponentiate) {
    return RegressionTable.build(
        ctx,
        "t",
        "c",
        List.of(count()),
        List.of("nobs", "logLikelihood"),
        exponentiate,
        List.of(),
        null,
        "s");
  }

  /** The coefficient row of a label and the standard-error row below it. */
  private static List<Row> rows(Table t, String label) {
    for (int i = 0; i < t.body().size(); i++) {
      if (t.body().get(i).cells().get(0).text().equals(label)) {
        return List.of(t.body().get(i), t.body().get(i + 1));
      }
    }
    throw new AssertionError("no row " + label);
  }

  @Test
  void ratioPerScaleIsExpOfScaledCoefficientWithDeltaMethodStandardError() {
    ReportContext ctx = context(ReportFixture.config(), "en");
    Coefficient b = count().coefficient("main", "venture_firms");
    double irr = Math.exp(1000 * b.coef());
    List<Row> r = rows(table(ctx, true), "Venture firms (per 1,000 firms)");
    Cell coef = r.get(0).cells().get(1);
    Cell se = r.get(1).cells().get(1);
    assertThat(coef.value()).isCloseTo(irr, within(1e-12));
    assertThat(se.value()).isCloseTo(irr * 1000 * b.se(), within(1e-12));
    assertThat(coef.text()).isEqualTo(ctx.numbers().num(irr, 3) + ctx.numbers().stars(b.p()));
    assertThat(coef.decimals()).isEqualTo(3);
    assertThat(se.text()).isEqualTo("(" + ctx.numbers().num(irr * 1000 * b.se(), 3) + ")");
    // per firm the ratio would read 1.000049 (0.000017)
    assertThat(coef.text()).startsWith("1.05");
  }

  @Test
  void coefficientAndStandardErrorAreMultipliedByTheScale() {
    ReportContext ctx = context(ReportFixture.config(), "ko");
    Coefficient b = count().coefficient("main", "venture_firms");
    List<Row> r = rows(table(ctx, false), "벤처기업 수(1,000개당)");
    assertThat(r.get(0).cells().get(1).value()).isCloseTo(1000 * b.coef(), within(1e-12));
    assertThat(r.get(1).cells().get(1).value()).isCloseTo(1000 * b.se(), within(1e-12));
  }

  @Test
  void withoutScaleTheRowShowsTheResultsOwnRatio() {
    ConfigNode config =
        ReportFixture.config(
            y -> {
              String from = ", scale: 1000, unit: {en: \"per 1,000 firms\", ko: \"1,000개당\"}";
              int i = y.indexOf(from);
              y.replace(i, i + from.length(), "");
            });
    ReportContext ctx = context(config, "en");
    Coefficient irr =
        count().irr().stream()
            .filter(c -> c.term().equals("venture_firms"))
            .findFirst()
            .orElseThrow();
    List<Row> r = rows(table(ctx, true), "Venture firms");
    assertThat(r.get(0).cells().get(1).value()).isEqualTo(irr.coef());
    assertThat(r.get(1).cells().get(1).value()).isEqualTo(irr.se());
  }

  @Test
  void scaleWithoutUnitSaysPerHowMany() {
    ConfigNode config =
        ReportFixture.config(
            y -> {
              String from = ", unit: {en: \"per 1,000 firms\", ko: \"1,000개당\"}";
              int i = y.indexOf(from);
              y.replace(i, i + from.length(), "");
            });
    assertThat(context(config, "en").scaledVariable("venture_firms"))
        .isEqualTo("Venture firms (per 1,000)");
    assertThat(context(config, "ko").scaledVariable("venture_firms")).isEqualTo("벤처기업 수(1,000단위당)");
  }

  @Test
  void coefficientPlotDrawsTheSameScaledRatiosAsTheTable() {
    ReportContext ctx = context(ReportFixture.config(), "en");
    ChartSpec.Coefficients plot = (ChartSpec.Coefficients) Figures.irr(ctx, count());
    int i = plot.terms().indexOf("Venture firms (per 1,000 firms)");
    assertThat(i).isNotNegative();
    Coefficient b = count().coefficient("main", "venture_firms");
    assertThat(plot.estimates().get(i)).isCloseTo(Math.exp(1000 * b.coef()), within(1e-12));
    assertThat(plot.lows().get(i)).isCloseTo(Math.exp(1000 * b.ciLow()), within(1e-12));
    assertThat(plot.highs().get(i)).isCloseTo(Math.exp(1000 * b.ciHigh()), within(1e-12));
    // away from the no-effect line, as the sentence says (+5 % per 1,000 firms)
    assertThat(plot.lows().get(i)).isGreaterThan(1.01);
    // an unscaled regressor keeps the results' ratio
    int fa = plot.terms().indexOf("Fiscal autonomy (%)");
    Coefficient irr =
        count().irr().stream()
            .filter(c -> c.term().equals("fiscal_autonomy"))
            .findFirst()
            .orElseThrow();
    assertThat(plot.estimates().get(fa)).isEqualTo(irr.coef());
  }

  @Test
  void rejectsAScaleThatIsNotAWholePositiveNumber() {
    ConfigNode config =
        ReportFixture.config(
            y -> {
              int i = y.indexOf("scale: 1000");
              y.replace(i, i + "scale: 1000".length(), "scale: 0.5");
            });
    assertThatThrownBy(() -> ReportSettings.from(config))
        .hasMessageContaining("labels.variables.venture_firms.scale")
        .hasMessageContaining("whole number");
  }

  @Test
  void rejectsAUnitWithoutScale() {
    ConfigNode config =
        ReportFixture.config(
            y -> {
              int i = y.indexOf("scale: 1000, ");
              y.replace(i, i + "scale: 1000, ".length(), "");
            });
    assertThatThrownBy(() -> ReportSettings.from(config))
        .hasMessageContaining("labels.variables.venture_firms.unit")
        .hasMessageContaining("scale");
  }
}
