package org.policyreport.analysis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.ScenarioResult;
import org.policyreport.contract.ScenarioRow;

/**
 * The within model's scenario by hand: on a small simulated panel, the prediction of a unit is
 * ybar_i + (x - xbar_i) b (its fixed effect plus x'b, Stata's predict, xbu), the difference is b
 * times the change and its standard error the change times se(b).
 */
class FixedEffectsScenarioHandCheckTest {
  @TempDir Path dir;

  @Test
  void
      predictionIsTheUnitMeanPlusTheSlopeTimesTheDeviationAndTheDifferenceIsTheSlopeTimesTheChange()
          throws Exception {
    int units = 4;
    int periods = 6;
    double[][] x = new double[units][periods];
    double[][] y = new double[units][periods];
    StringBuilder csv = new StringBuilder("unit,year,y,x\n");
    java.util.Random rng = new java.util.Random(17);
    for (int i = 0; i < units; i++) {
      for (int t = 0; t < periods; t++) {
        // Rounded as written to the file, so that the hand check uses the data the model reads.
        x[i][t] = Math.round((10 * i + t + rng.nextGaussian()) * 1e6) / 1e6;
        y[i][t] = Math.round((5 * i + 1.5 * x[i][t] + rng.nextGaussian()) * 1e6) / 1e6;
        csv.append(String.format(Locale.ROOT, "u%d,%d,%.6f,%.6f%n", i, 2000 + t, y[i][t], x[i][t]));
      }
    }
    Files.writeString(dir.resolve("panel.csv"), csv.toString());
    AnalysisResults results =
        ScenarioSupport.analyze(
            dir,
            ScenarioSupport.lines(
                "data:",
                "  p: {path: panel.csv, panel: unit, time: year}",
                "models:",
                "  - {id: fe, estimator: fe, data: p, dependent: y, regressors: [x]}",
                "scenarios:",
                "  - {id: s, model: fe, change: {x: \"-2\"}}"));
    Coefficient b = results.model("fe").coefficient("x");
    ScenarioResult s = results.scenario("s");
    assertThat(s.units()).hasSize(units);
    for (int i = 0; i < units; i++) {
      double ybar = java.util.Arrays.stream(y[i]).sum() / periods;
      double xbar = java.util.Arrays.stream(x[i]).sum() / periods;
      double xLast = x[i][periods - 1];
      ScenarioRow r = s.units().get(i);
      assertThat(r.period()).isEqualTo("2005");
      assertThat(r.before()).isCloseTo(ybar + (xLast - xbar) * b.coef(), Offset.offset(1e-9));
      assertThat(r.after()).isCloseTo(ybar + (xLast - 2 - xbar) * b.coef(), Offset.offset(1e-9));
      assertThat(r.diff()).isCloseTo(-2 * b.coef(), Offset.offset(1e-9));
      assertThat(r.diffSe()).isCloseTo(2 * b.se(), Offset.offset(1e-12));
    }
    assertThat(s.interval()).isEqualTo("t");
    assertThat(s.df()).isEqualTo((double) (units * periods - units - 1));
    assertThat(s.totalKind()).isEqualTo("mean");
    assertThat(s.notes()).contains(Note.of(NoteCode.SCENARIO_FIXED_EFFECTS));
  }
}
