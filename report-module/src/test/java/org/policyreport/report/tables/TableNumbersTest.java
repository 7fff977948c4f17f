package org.policyreport.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.template.ReportFixture;

/**
 * How the default report's tables print numbers: one legend, whole counts, one decimals a column.
 */
class TableNumbersTest {
  private static List<Table> tables(List<Block> blocks) {
    List<Table> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Table t) {
        out.add(t);
      } else if (b instanceof Box x) {
        out.addAll(tables(x.content()));
      }
    }
    return out;
  }

  private static boolean hasStars(Table t) {
    return t.body().stream()
        .flatMap(r -> r.cells().stream())
        .anyMatch(c -> c.isNumeric() && c.suffix().startsWith("*"));
  }

  private static Table table(Document doc, String id) {
    return tables(doc.blocks()).stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void everyTableWithStarsEndsWithTheSameLegendAndNoOther(String language) {
    Document doc = ReportFixture.build(language);
    String legend =
        language.equals("en")
            ? "*** p < 0.01, ** p < 0.05, * p < 0.1."
            : "*** p<0.01, ** p<0.05, * p<0.1.";
    List<Table> starred = tables(doc.blocks()).stream().filter(TableNumbersTest::hasStars).toList();
    // regression tables, the needs table and the two ANOVA tables of the default report
    assertThat(starred).hasSizeGreaterThanOrEqualTo(5);
    List<String> endings = new ArrayList<>();
    for (Table t : starred) {
      String notes = String.join(" ", t.notes());
      String last = t.notes().get(t.notes().size() - 1);
      String ending = last.substring(last.indexOf("***"));
      endings.add(ending);
      // the legend once, at the end, and no other wording of the stars
      assertThat(notes.indexOf("***")).as(t.id()).isEqualTo(notes.lastIndexOf("***"));
      assertThat(notes.replace(ending, "")).as(t.id()).doesNotContain("* p");
    }
    assertThat(endings).as("one legend in every table").containsOnly(endings.get(0));
    assertThat(endings.get(0)).isEqualTo(legend);
    // tables without stars carry no legend
    tables(doc.blocks()).stream()
        .filter(t -> !hasStars(t))
        .forEach(t -> assertThat(String.join(" ", t.notes())).as(t.id()).doesNotContain("***"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void countsPrintAsWholeNumbersAndOtherColumnsWithOneDecimalsSetting(String language) {
    Table t = table(ReportFixture.build(language), "tbl-descriptives");
    for (Row r : t.body()) {
      String variable = r.cells().get(0).text();
      Cell n = r.cells().get(1);
      assertThat(n.decimals()).isZero();
      assertThat(n.text()).doesNotContain(".");
      assertThat(r.cells().get(2).decimals()).as("mean of " + variable).isEqualTo(2);
      assertThat(r.cells().get(3).decimals()).as("sd of " + variable).isEqualTo(2);
    }
    Row universities =
        t.body().stream()
            .filter(
                r ->
                    r.cells().get(0).text().equals(language.equals("en") ? "Universities" : "대학 수"))
            .findFirst()
            .orElseThrow();
    assertThat(universities.cells().get(4).text()).isEqualTo("2");
    assertThat(universities.cells().get(5).text()).isEqualTo("60");
    Row autonomy =
        t.body().stream()
            .filter(
                r ->
                    r.cells()
                        .get(0)
                        .text()
                        .startsWith(language.equals("en") ? "Fiscal autonomy" : "재정자주도"))
            .findFirst()
            .orElseThrow();
    assertThat(autonomy.cells().get(4).decimals()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void fitStatisticsAreDecimalAlignedWithCountsWhole(String language) {
    Table t = table(ReportFixture.build(language), "tbl-count");
    for (Row r : t.body()) {
      for (Cell c : r.cells().subList(1, r.cells().size())) {
        if (c.isNumeric()) {
          assertThat(c.align()).isEqualTo(Cell.Align.DECIMAL);
        }
      }
    }
    Row nobs =
        t.body().stream()
            .filter(
                r ->
                    r.cells()
                        .get(0)
                        .text()
                        .equals(language.equals("en") ? "Observations" : "관측치 수"))
            .findFirst()
            .orElseThrow();
    assertThat(nobs.cells().get(1).text()).isEqualTo("214");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tbl-count", "tbl-growth"})
  void eachModelColumnHasOneDecimalsSettingAndNoStandardErrorPrintsAsZero(String id) {
    Table t = table(ReportFixture.build("en"), id);
    int columns = t.body().get(0).cells().size();
    for (int col = 1; col < columns; col++) {
      java.util.Set<Integer> decimals = new java.util.HashSet<>();
      for (Row r : t.body()) {
        if (r.ruleAbove() && r.cells().get(0).text().equals("Observations")) {
          break; // the fit statistics follow
        }
        Cell c = r.cells().get(col);
        if (!c.isNumeric()) {
          continue;
        }
        decimals.add(c.decimals());
        if (c.prefix().equals("(") && c.value() != 0.0) {
          assertThat(c.text()).as(id + " column " + col).matches(".*[1-9].*");
        }
      }
      assertThat(decimals).as(id + " column " + col).hasSize(1);
    }
  }
}
