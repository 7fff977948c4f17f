package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.TestResult;

/** How the Hausman test treats a difference V_FE - V_RE that is not positive definite. */
class HausmanRulesTest {
  private static Estimates est(double[] b, double[][] v) {
    return Estimates.of(List.of("a", "b"), b, v, List.of());
  }

  @Test
  void negativeStatisticIsReportedWithStataNote() {
    // V_FE - V_RE = diag(-1, -2) (RE less efficient than FE): H = -(1/1 + 4/2) = -3.
    TestResult h =
        Diagnostics.hausman(
            est(new double[] {1, 2}, new double[][] {{1, 0}, {0, 1}}),
            est(new double[] {0, 0}, new double[][] {{2, 0}, {0, 3}}));
    assertThat(h.statistic()).isCloseTo(-3.0, within(1e-12));
    assertThat(h.df()).isEqualTo(2);
    assertThat(h.p()).isEqualTo(1.0);
    assertThat(h.notes())
        .containsExactly(
            Note.of(NoteCode.HAUSMAN_NOT_POSITIVE_DEFINITE), Note.of(NoteCode.HAUSMAN_NEGATIVE));
  }

  @Test
  void indefiniteButNonSingularDifferenceIsInvertedWithFullDf() {
    // V_FE - V_RE = diag(2, -0.5), d = (4, 1): H = 16/2 + 1/(-0.5) = 6, df 2 (as phtest, Stata).
    TestResult h =
        Diagnostics.hausman(
            est(new double[] {4, 1}, new double[][] {{3, 0}, {0, 0.5}}),
            est(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}));
    assertThat(h.statistic()).isCloseTo(6.0, within(1e-12));
    assertThat(h.df()).isEqualTo(2);
    assertThat(h.notes()).containsExactly(Note.of(NoteCode.HAUSMAN_NOT_POSITIVE_DEFINITE));
  }

  @Test
  void singularDifferenceUsesGeneralizedInverseWithDfItsRank() {
    TestResult h =
        Diagnostics.hausman(
            est(new double[] {2, 5}, new double[][] {{2, 0}, {0, 1}}),
            est(new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}}));
    assertThat(h.statistic()).isCloseTo(4.0, within(1e-12));
    assertThat(h.df()).isEqualTo(1);
    assertThat(h.notes()).containsExactly(Note.of(NoteCode.HAUSMAN_SINGULAR, 1));
  }
}
