package org.policyreport.analysis.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.TestResult;

/** A diagnostic's caveats travel with the test as note codes, never as sentences. */
class DiagnosticNotesTest {

  @Test
  void breuschPaganWithNegativeWithinPanelCorrelationIsZeroWithItsNote() {
    // Residuals +1, -1 in both panels: their sums within panels are 0, so the inner term is -1.
    PanelData data =
        PanelData.ofSorted(
            "y", List.of(), new double[] {1, -1, 1, -1}, new double[0][], new int[] {2, 2});
    TestResult t = Diagnostics.breuschPagan(data);
    assertThat(t.statistic()).isZero();
    assertThat(t.p()).isEqualTo(1.0);
    assertThat(t.notes()).containsExactly(Note.of(NoteCode.BREUSCH_PAGAN_NEGATIVE));
  }

  @Test
  void modifiedWaldNamesThePanelsItLeavesOut() {
    // Panel 3 does not vary over time: its within residuals are 0, and so is their variation.
    PanelData data =
        PanelData.ofSorted(
            "y",
            List.of("x"),
            new double[] {1.0, 2.5, 2.9, 0.4, 1.9, 3.8, 5.0, 5.0},
            new double[][] {{1, 2, 3, 1, 2, 3, 4, 4}},
            new int[] {3, 3, 2});
    TestResult t = Diagnostics.modifiedWald(data, new FixedEffects().fit(data).estimates());
    assertThat(t.df()).isEqualTo(2);
    assertThat(t.notes()).containsExactly(Note.of(NoteCode.MODIFIED_WALD_PANELS_LEFT_OUT, 1, "3"));
  }

  @Test
  void aFullPanelHasNoNotes() {
    PanelData data =
        PanelData.ofSorted(
            "y",
            List.of("x"),
            new double[] {1.0, 2.5, 2.9, 0.4, 1.9, 3.8},
            new double[][] {{1, 2, 3, 1, 2, 3}},
            new int[] {3, 3});
    assertThat(Diagnostics.modifiedWald(data, new FixedEffects().fit(data).estimates()).notes())
        .isEmpty();
  }
}
