package org.policyreport.report.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Inline;

class InlinesTest {
  @Test
  void runsOfTheSameEmphasisBecomeOneChunkSoNoLineBreaksBetweenThem() {
    List<Inline> runs =
        List.of(
            Inline.Text.plain("as shown in "),
            Inline.Text.plain("Table 4-1"),
            Inline.Text.plain(")."));
    assertThat(Inlines.joined(runs)).containsExactly(Inline.Text.plain("as shown in Table 4-1)."));
  }

  @Test
  void closingPunctuationAfterAnEmphasisedWordStaysOnItsLine() {
    List<Inline> runs =
        List.of(
            Inline.Text.plain("the "),
            new Inline.Text("Borich index", true, false),
            Inline.Text.plain(". Next sentence"));
    assertThat(Inlines.joined(runs))
        .containsExactly(
            Inline.Text.plain("the "),
            new Inline.Text("Borich index.", true, false),
            Inline.Text.plain(" Next sentence"));
  }
}
