package org.policyreport.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.PanelSeries;
import org.policyreport.report.findings.EvidenceCheck;
import org.policyreport.report.findings.Recommendation;

class UnitProfileTest {
  private static PanelSeries series(String variable, Double[]... rows) {
    return new PanelSeries(
        "panel",
        variable,
        List.of("A", "B", "C"),
        Map.of(),
        List.of(2010, 2011),
        Arrays.stream(rows).map(Arrays::asList).toList());
  }

  @Test
  void eachIndicatorIsTakenInTheUnitsLatestObservedPeriodAgainstTheUnitsObservedThen() {
    PanelSeries x =
        series("x", new Double[] {1.0, 4.0}, new Double[] {2.0, null}, new Double[] {3.0, 2.0});
    UnitProfile b = UnitProfile.of("B", List.of(x));
    assertThat(b.lines()).hasSize(1);
    UnitProfile.Line l = b.lines().get(0);
    assertThat(l.period()).isEqualTo(2010);
    assertThat(l.value()).isEqualTo(2.0);
    assertThat(l.mean()).isEqualTo(2.0);
    assertThat(l.rank()).isEqualTo(2);
    assertThat(l.of()).isEqualTo(3);
    UnitProfile a = UnitProfile.of("A", List.of(x));
    assertThat(a.lines().get(0).rank()).isEqualTo(1);
    assertThat(a.lines().get(0).of()).isEqualTo(2);
  }

  @Test
  void aUnitNeverObservedInASeriesHasNoLineForIt() {
    PanelSeries x =
        series("x", new Double[] {1.0, 4.0}, new Double[] {null, null}, new Double[] {3.0, 2.0});
    assertThat(UnitProfile.of("B", List.of(x)).lines()).isEmpty();
    assertThat(UnitProfile.of("Z", List.of(x)).lines()).isEmpty();
  }

  @Test
  void recommendationsFollowTheWeakestIndicatorThatSomeEvidenceNames() {
    PanelSeries x =
        series("x", new Double[] {1.0, 1.0}, new Double[] {2.0, 2.0}, new Double[] {3.0, 3.0});
    PanelSeries y =
        series("y", new Double[] {9.0, 9.0}, new Double[] {2.0, 2.0}, new Double[] {3.0, 3.0});
    PanelSeries z =
        series("z", new Double[] {1.0, 1.0}, new Double[] {2.0, 2.0}, new Double[] {3.0, 3.0});
    UnitProfile a = UnitProfile.of("A", List.of(x, y, z));
    // A is last on x and z and first on y; no evidence names x, so z decides.
    List<Recommendation> recs =
        List.of(rec("r1", "y"), rec("r2", "z"), rec("r3", "z"), rec("r4", "unrelated"));
    assertThat(Relevance.indicator(a, recs)).isEqualTo("z");
    assertThat(Relevance.recommendations(a, recs)).containsExactly("r2", "r3");
    assertThat(Relevance.recommendations(a, List.of(rec("r4", "unrelated")))).isEmpty();
  }

  private static Recommendation rec(String id, String term) {
    return new Recommendation(
        id,
        null,
        null,
        List.of(),
        List.of(),
        List.of(
            new EvidenceCheck.Coefficient(
                "m", "main", term, EvidenceCheck.Sign.POSITIVE, 0.05, null)),
        List.of());
  }
}
