package org.policyreport.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.PanelSeries;

/** Two units never share a brief's file, and a unit's file name does not depend on the run. */
class BriefFileNamesTest {
  private static PanelSeries panel(String... units) {
    return new PanelSeries(
        "panel",
        "x",
        List.of(units),
        Map.of(),
        List.of(2010),
        java.util.Arrays.stream(units).map(u -> List.<Double>of(1.0)).toList());
  }

  private static List<String> fileNames(String... units) {
    return BriefUnit.of(panel(units), "en").stream().map(BriefUnit::fileName).toList();
  }

  @Test
  void unitsWhoseSafeNamesCollideGetNumberedNamesInPanelOrder() {
    assertThat(fileNames("a/b", "a_b", "a:b")).containsExactly("a_b", "a_b-2", "a_b-3");
  }

  @Test
  void namesThatDifferOnlyInCaseCountAsTheSame() {
    assertThat(fileNames("Seoul", "seoul")).containsExactly("Seoul", "seoul-2");
  }

  @Test
  void aUnitNamedLikeANumberedNameStillGetsAFileOfItsOwn() {
    assertThat(fileNames("a/b", "a_b", "a_b-2")).doesNotHaveDuplicates();
  }

  @Test
  void aSelectedUnitKeepsItsFileNameFromThePanel() {
    List<BriefUnit> all = BriefUnit.of(panel("a/b", "a_b"), "en");
    assertThat(BriefUnit.select(all, "a_b"))
        .extracting(BriefUnit::fileName)
        .containsExactly("a_b-2");
  }

  @Test
  void distinctUnitsKeepTheirPlainNames() {
    assertThat(fileNames("Seoul", "Busan", "Sejong")).containsExactly("Seoul", "Busan", "Sejong");
  }
}
