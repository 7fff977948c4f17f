package org.policyreport.analysis.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.PanelIndex;

/** The checked-in default data are exactly what the seeded generators write. */
class DefaultDataTest {
  private static final Path DATA = Path.of("..", "data");

  @Test
  void regionalPanelCsvIsReproducibleFromItsSeed() throws IOException {
    String generated = RegionalPanelGenerator.generate(RegionalPanelGenerator.SEED);
    assertThat(generated.getBytes(StandardCharsets.UTF_8))
        .as(
            "data/regional_panel.csv differs from the generator's output: regenerate it (see data/README.md)")
        .isEqualTo(Files.readAllBytes(DATA.resolve(GenerateDefaultData.PANEL_FILE)));
  }

  @Test
  void expertSurveyCsvIsReproducibleFromItsSeed() throws IOException {
    String generated = ExpertSurveyGenerator.generate(ExpertSurveyGenerator.SEED);
    assertThat(generated.getBytes(StandardCharsets.UTF_8))
        .as(
            "data/expert_survey.csv differs from the generator's output: regenerate it (see data/README.md)")
        .isEqualTo(Files.readAllBytes(DATA.resolve(GenerateDefaultData.SURVEY_FILE)));
  }

  @Test
  void panelIsUnbalancedOnlyBySejongStartingIn2012AndHasNoBlanks() {
    DataTable t =
        CsvReader.parse(
            "panel", RegionalPanelGenerator.generate(RegionalPanelGenerator.SEED), "panel", "");
    assertThat(t.rowCount()).isEqualTo(16 * 13 + 6);
    PanelIndex.of(t, "region", "year");
    String[] region = t.labels("region");
    double[] year = t.numeric("year");
    assertThat(Arrays.stream(region).distinct()).hasSize(17);
    for (int i = 0; i < region.length; i++) {
      if (region[i].equals("Sejong")) {
        assertThat(year[i]).isBetween(2012.0, 2017.0);
      }
    }
    for (String c : t.columnNames()) {
      assertThat(t.labelsWithoutBlanks(c)).hasSize(t.rowCount());
    }
    double[] patents = t.numeric("patents");
    assertThat(Arrays.stream(patents).min().getAsDouble()).isGreaterThanOrEqualTo(100);
    assertThat(Arrays.stream(patents).max().getAsDouble()).isGreaterThan(10_000);
  }

  @Test
  void surveyHasAFewBlankAnswersAndOnlyScaleValues() {
    DataTable t =
        CsvReader.parse(
            "survey", ExpertSurveyGenerator.generate(ExpertSurveyGenerator.SEED), "s", "");
    assertThat(t.rowCount()).isEqualTo(150);
    int blanks = 0;
    int cells = 0;
    for (String c : t.columnNames()) {
      if (c.startsWith("imp_") || c.startsWith("perf_")) {
        for (double v : t.numericAllowingBlanks(c)) {
          cells++;
          if (Double.isNaN(v)) {
            blanks++;
          } else {
            assertThat(v).isIn(1.0, 2.0, 3.0, 4.0, 5.0);
          }
        }
      }
    }
    assertThat(cells).isEqualTo(150 * 24);
    assertThat((double) blanks / cells).isBetween(0.005, 0.03);
  }

  @Test
  void negativeBinomialSamplerHasTheNb2MeanAndVariance() {
    SeededRandom rng = new SeededRandom(1);
    double mu = 400;
    double alpha = 0.1;
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double y = rng.negativeBinomial2(mu, alpha);
      sum += y;
      sumSq += y * y;
    }
    double mean = sum / n;
    double var = sumSq / n - mean * mean;
    // mean SE = sqrt(16400 / 2e5) = 0.29; variance SE about 1 %
    assertThat(mean).isCloseTo(mu, within(1.5));
    assertThat(var).isCloseTo(mu + alpha * mu * mu, within(0.05 * (mu + alpha * mu * mu)));
  }

  @Test
  void poissonSamplerHasMeanEqualToVarianceOnBothBranches() {
    for (double lambda : new double[] {3.5, 250}) {
      SeededRandom rng = new SeededRandom(7);
      int n = 200_000;
      double sum = 0;
      double sumSq = 0;
      for (int i = 0; i < n; i++) {
        double y = rng.poisson(lambda);
        sum += y;
        sumSq += y * y;
      }
      double mean = sum / n;
      assertThat(mean).isCloseTo(lambda, within(5 * Math.sqrt(lambda / n)));
      assertThat(sumSq / n - mean * mean).isCloseTo(lambda, within(0.03 * lambda));
    }
  }

  @Test
  void logFactorialMatchesTheExactSumAcrossTheSeriesThreshold() {
    double exact = 0;
    for (int k = 2; k <= 40; k++) {
      exact += Math.log(k);
      assertThat(SeededRandom.logFactorial(k)).isCloseTo(exact, within(1e-12 * exact));
    }
  }
}
