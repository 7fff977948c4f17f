package org.policyreport.analysis.survey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;

/** Builds survey specs from YAML text and tables from CSV text, as a user's files would be read. */
final class SurveyFixtures {
  private SurveyFixtures() {}

  static SurveySpec spec(String yaml) {
    ConfigNode root = ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    List<SurveySpec> specs = SurveySpec.parseAll(root.get("surveys").elements(), Set.of("survey"));
    return specs.get(0);
  }

  static DataTable table(String csv) {
    return CsvReader.parse("survey", csv, "survey.csv", "");
  }

  /** A spec for items a, b, c with columns ia/pa, ib/pb, ic/pc, grouped by {@code group}. */
  static SurveySpec threeItems() {
    return spec(
        "surveys:\n"
            + "  - id: s\n"
            + "    data: survey\n"
            + "    groupBy: [group]\n"
            + "    items:\n"
            + "      - {id: a, label: {en: Item A, ko: 항목 가}, importance: ia, performance: pa}\n"
            + "      - {id: b, label: Item B, importance: ib, performance: pb}\n"
            + "      - {id: c, importance: ic, performance: pc}\n");
  }
}
