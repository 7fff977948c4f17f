package org.policyreport.report.render.hwpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.render.ColumnFit;
import org.policyreport.report.render.TextWidths;
import org.w3c.dom.Element;

/** How table cells are set: the model's text, numbers lined up on the decimal point. */
class HwpxTablesTest {

  @Test
  void decimalPointsOfAColumnLineUp() {
    Rendered r = HwpxReadBackTest.rendered("sample-en");
    Table model =
        r.source.blocks().stream()
            .filter(b -> b instanceof Table)
            .map(b -> (Table) b)
            .findFirst()
            .orElseThrow();
    Element tbl = Rendered.all(r.xml("Contents/section0.xml"), "hp:tbl").get(0);
    List<Row> rows = new ArrayList<>(model.header());
    rows.addAll(model.body());
    List<Element> trs = Rendered.all(tbl, "hp:tr");
    assertThat(trs).hasSize(rows.size());

    // Right margin plus the width of the fraction and suffix is the same for every number of a
    // column: the decimal points sit on one vertical line.
    Map<Integer, List<Integer>> lines = new HashMap<>();
    int decimals = 0;
    for (int i = model.header().size(); i < rows.size(); i++) {
      List<Element> tcs = Rendered.all(trs.get(i), "hp:tc");
      int col = 0;
      for (int k = 0; k < tcs.size(); k++) {
        Cell c = rows.get(i).cells().get(k);
        Element tc = tcs.get(k);
        assertThat(tc.getElementsByTagName("hp:t").item(0).getTextContent()).isEqualTo(c.text());
        if (c.align() == Cell.Align.DECIMAL && !c.text().isEmpty()) {
          decimals++;
          assertThat(tc.getAttribute("hasMargin")).isEqualTo("1");
          int right =
              Integer.parseInt(
                  ((Element) tc.getElementsByTagName("hp:cellMargin").item(0))
                      .getAttribute("right"));
          String size =
              ((Element) tc.getElementsByTagName("hp:run").item(0)).getAttribute("charPrIDRef");
          float points = Look.Char.values()[Integer.parseInt(size)].height / 100f;
          float tail = TextWidths.embedded().width(ColumnFit.tail(c.text()), c.bold(), points);
          lines.computeIfAbsent(col, x -> new ArrayList<>()).add(Math.round(right + tail * 100));
        }
        col += c.colSpan();
      }
    }
    assertThat(decimals).isGreaterThan(4);
    for (List<Integer> line : lines.values()) {
      int min = line.stream().mapToInt(Integer::intValue).min().orElseThrow();
      int max = line.stream().mapToInt(Integer::intValue).max().orElseThrow();
      assertThat(max - min).as("spread of decimal points in HWPUNIT").isLessThanOrEqualTo(2);
    }
  }
}
