package org.policyreport.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/**
 * Data that would make the estimators overflow, or that has nothing to estimate from, fail on the
 * cell or file at fault, before any model check words the problem as something else.
 */
class ExtremeDataTest {
  @TempDir Path dir;

  private static final String HEADER = "region,year,y,x\n";

  /** Three regions over three years; {@code row5} replaces the fifth data row. */
  private static String panel(String row5) {
    String[] rows = {
      "A,1,10,1.5", "A,2,12,2.5", "A,3,9,2.0",
      "B,1,20,3.5", "B,2,25,4.5", "B,3,21,4.0",
      "C,1,5,0.5", "C,2,7,0.7", "C,3,6,1.1"
    };
    if (row5 != null) {
      rows[4] = row5;
    }
    return HEADER + String.join("\n", rows) + "\n";
  }

  private String file() {
    return dir.resolve("p.csv").toString();
  }

  private void run(String csv, String estimator) throws IOException {
    Files.writeString(dir.resolve("p.csv"), csv, StandardCharsets.UTF_8);
    String yaml =
        "data:\n"
            + "  panel: {path: p.csv, panel: region, time: year}\n"
            + "models:\n"
            + "  - {id: m, estimator: "
            + estimator
            + ", data: panel, dependent: y, regressors: [x]}\n";
    AnalysisConfig c =
        AnalysisConfig.from(
            ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "config.yaml"),
            new ConfigLocation.OnDisk(dir));
    new Analysis(Estimators.standard(), new GeneratedBy("test", "0")).run(c);
  }

  @Test
  void headerOnlyFileIsAnErrorNamingTheFileBeforeAnyModelCheck() {
    for (String estimator : new String[] {"nb2", "fe"}) {
      assertThatThrownBy(() -> run(HEADER, estimator))
          .as(estimator)
          .isInstanceOf(InputException.class)
          .hasMessage(file() + ": has no data rows, only a header");
    }
  }

  @Test
  void regressorWhoseSquareOverflowsIsNamedNotCalledConstant() {
    assertThatThrownBy(() -> run(panel("B,2,25,1e308"), "fe"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file()
                + " line 6, column 4 (x): 1.0E308 is too large to compute with (its square"
                + " overflows a double); rescale the column");
  }

  @Test
  void hugeRegressorOfACountModelIsNamedBeforeTheFit() {
    assertThatThrownBy(() -> run(panel("B,2,25,-1e200"), "nb2"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(file() + " line 6, column 4 (x): -1.0E200 is too large to compute");
  }

  @Test
  void valueJustBelowTheBoundStillFits() throws IOException {
    run(panel("B,2,25,1e150"), "fe");
  }

  @Test
  void identifierLongerThanASpreadsheetCellIsRejectedBeforeThePanelChecksQuoteIt() {
    String name = "S".repeat(40_000);
    assertThatThrownBy(() -> run(panel(name + ",2,25,4.5"), "fe"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file()
                + " line 6, column 1 (region): a cell of 40000 characters, more than a"
                + " spreadsheet cell holds (32767)");
  }

  @Test
  void panelMessagesQuoteALongIdentifierCutShort() {
    String name = "S".repeat(1000);
    String csv = panel(null) + name + ",1,5,0.5\n";
    assertThatThrownBy(() -> run(csv, "fe"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("panel " + "S".repeat(60) + "… (1000 characters) (1) has a single")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }
}
