package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.api.Study;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;
import org.policyreport.report.render.xlsx.DataSheet;

/** The workbook carries only the data the models use, never a whole file or an unused one. */
class DataSheetSelectionTest {
  @TempDir Path dir;

  private Study config(String panelCsv) throws IOException {
    Files.writeString(dir.resolve("panel.csv"), panelCsv, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("secret.csv"), "name,salary\nA,1\n", StandardCharsets.UTF_8);
    String yaml =
        "data:\n"
            + "  panel: {path: panel.csv, panel: region, time: year}\n"
            + "  secret: {path: secret.csv}\n"
            + "models:\n"
            + "  - {id: m, estimator: poisson, data: panel, dependent: y, regressors: [x]}\n";
    return Study.of(
        ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "cfg.yaml"),
        new ConfigLocation.OnDisk(dir),
        null);
  }

  private static AnalysisResults noResults() {
    return new AnalysisResults(
        AnalysisResults.SCHEMA_VERSION,
        new GeneratedBy("test", "0"),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void onlyUsedDataSourcesAndColumnsBecomeSheets() throws IOException {
    Study cfg =
        config("region,year,y,x,unused\nA,2010,3,0.5,zzz\nA,2011,5,1.5,zzz\nB,2010,1,0.2,zzz\n");
    List<DataSheet> sheets = RendererSet.dataSheets(cfg, noResults(), java.util.Map.of(), w -> {});
    assertThat(sheets).extracting(DataSheet::name).containsExactly("panel");
    assertThat(sheets.get(0).columns())
        .extracting(DataSheet.Column::name)
        .containsExactly("region", "year", "y", "x");
  }

  @Test
  void anOversizedCellInAnUnusedColumnDoesNotMatter() throws IOException {
    String huge = "a".repeat(40_000);
    Study cfg = config("region,year,y,x,note\nA,2010,3,0.5," + huge + "\n");
    assertThat(RendererSet.dataSheets(cfg, noResults(), java.util.Map.of(), w -> {})).hasSize(1);
  }

  @Test
  void anOversizedCellInAUsedColumnIsAnInputErrorNamingTheCell() throws IOException {
    String huge = "a".repeat(40_000);
    Study cfg = config("region,year,y,x\n" + huge + ",2010,3,0.5\n");
    assertThatThrownBy(() -> RendererSet.dataSheets(cfg, noResults(), java.util.Map.of(), w -> {}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 2, column 1 (region)")
        .hasMessageContaining("40000 characters");
  }
}
