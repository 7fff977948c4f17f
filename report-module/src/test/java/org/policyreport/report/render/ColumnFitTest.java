package org.policyreport.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;

class ColumnFitTest {
  private static final float PADS = 9f;

  /** A nine-column needs table like the survey's: rank, item, n, four means, t, index, quadrant. */
  private static Table needsTable() {
    List<Cell> head = new ArrayList<>();
    for (String h :
        List.of(
            "Rank",
            "Policy item",
            "N",
            "Importance",
            "Performance",
            "Gap (I − P)",
            "t",
            "Borich index",
            "IPA quadrant")) {
      head.add(Cell.header(h));
    }
    List<Row> body = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      body.add(
          Row.of(
              List.of(
                  Cell.number(Integer.toString(i), i, 0),
                  Cell.text("Balanced national development special account number " + i),
                  Cell.number("144", 144, 0),
                  Cell.number("4.23", 4.23, 2),
                  Cell.number("2.48", 2.48, 2),
                  Cell.number("1.75", 1.75, 2),
                  Cell.number("17.37***", 17.37, 2, "", "***"),
                  Cell.number("7.40", 7.4, 2),
                  Cell.text("Keep up the good work"))));
    }
    return new Table(
        "t",
        "Table 1",
        "Needs",
        Table.Kind.DATA,
        "Needs",
        List.of(Row.of(head)),
        body,
        List.of(),
        null);
  }

  @Test
  void numberColumnsAreWideEnoughForTheirWidestNumberOnOneLine() {
    Table t = needsTable();
    ColumnFit fit = ColumnFit.of(t, 9, 459f, PADS, 9f, TextWidths.embedded());
    float[] w = fit.widths();
    float total = 0;
    for (float x : w) {
      total += x;
    }
    assertThat(total).isCloseTo(459f, org.assertj.core.data.Offset.offset(0.5f));
    for (Row r : t.body()) {
      for (int c = 0; c < 9; c++) {
        Cell cell = r.cells().get(c);
        if (ColumnFit.unbreakable(cell)) {
          float need = TextWidths.embedded().width(cell.text(), false, fit.size()) + PADS;
          assertThat(w[c]).as("column %d holds %s", c, cell.text()).isGreaterThanOrEqualTo(need);
        }
      }
    }
  }

  @Test
  void textColumnsShareTheRoomTheNumbersLeave() {
    float[] w = ColumnFit.of(needsTable(), 9, 459f, PADS, 9f, TextWidths.embedded()).widths();
    assertThat(w[1]).as("the policy item column is the widest").isGreaterThan(w[8]);
    for (int c : new int[] {0, 2, 3, 4, 5, 6, 7}) {
      assertThat(w[1]).isGreaterThan(w[c]);
    }
  }

  @Test
  void wideTablesAreSetInSmallerType() {
    assertThat(ColumnFit.of(needsTable(), 9, 459f, PADS, 9f, TextWidths.embedded()).size())
        .isLessThan(9f);
  }

  @Test
  void tailIsTheFractionWithItsSuffix() {
    assertThat(ColumnFit.tail("0.021***")).isEqualTo(".021***");
    assertThat(ColumnFit.tail("(0.004)")).isEqualTo(".004)");
    assertThat(ColumnFit.tail("214")).isEmpty();
    assertThat(ColumnFit.tail("12%")).isEqualTo("%");
  }
}
