package org.policyreport.report.render.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small data sheets of the kind the command line appends: an input panel and a provenance list. */
final class SampleData {
  private SampleData() {}

  static DataSheet panel() {
    List<String> regions = new ArrayList<>();
    List<Double> years = new ArrayList<>();
    List<Double> patents = new ArrayList<>();
    String[] names = {"Seoul", "Busan", "세종"};
    for (String r : names) {
      for (int y = 2012; y <= 2014; y++) {
        regions.add(r);
        years.add((double) y);
        patents.add(r.equals("세종") && y == 2012 ? null : 100.0 + y % 10 * 7.5);
      }
    }
    return new DataSheet(
        "regional_panel",
        "data/regional_panel.csv",
        List.of(
            DataSheet.Column.text("region", regions),
            DataSheet.Column.numeric("year", years),
            DataSheet.Column.numeric("patents", patents)));
  }

  static DataSheet provenance() {
    return new DataSheet(
        "Provenance",
        null,
        List.of(
            DataSheet.Column.text("item", Arrays.asList("program", "data/regional_panel.csv")),
            DataSheet.Column.text(
                "value", Arrays.asList("policy-report 0.1.0", "sha256 ab12..."))));
  }
}
