package org.policyreport.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.pipeline.Analysis;
import org.policyreport.analysis.pipeline.Estimators;
import org.policyreport.contract.GeneratedBy;
import org.policyreport.contract.ResultsJson;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigTree;

/**
 * The default study's data given as worksheets give the same results.json as the CSV files, byte
 * for byte, except where results name the input files and their checksums.
 */
class DefaultStudyFromWorkbookTest {
  @TempDir Path dir;

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theDefaultStudyFromXlsxGivesTheSameResultsAsFromCsv() throws IOException {
    Files.createDirectories(dir.resolve("config"));
    Files.createDirectories(dir.resolve("data"));
    for (String f : new String[] {"regional_panel", "expert_survey"}) {
      Files.copy(REPO.resolve("data/" + f + ".csv"), dir.resolve("data/" + f + ".csv"));
      writeWorkbook(dir.resolve("data/" + f + ".csv"), dir.resolve("data/" + f + ".xlsx"), f);
    }
    String yaml = Files.readString(REPO.resolve("config/report.yaml"), StandardCharsets.UTF_8);
    String xlsxYaml =
        yaml.replace(
                "path: ../data/regional_panel.csv",
                "path: ../data/regional_panel.xlsx\n    sheet: regional_panel")
            .replace(
                "path: ../data/expert_survey.csv",
                "path: ../data/expert_survey.xlsx\n    sheet: expert_survey");
    assertThat(xlsxYaml).contains("regional_panel.xlsx", "expert_survey.xlsx");

    String fromCsv = analyze(yaml, "study.yaml");
    String fromXlsx = analyze(xlsxYaml, "study-xlsx.yaml");
    assertThat(fromXlsx).contains("regional_panel.xlsx").doesNotContain("regional_panel.csv");
    assertThat(withCsvNamesAndHashes(fromXlsx, fromCsv)).isEqualTo(fromCsv);
  }

  private String analyze(String yaml, String name) throws IOException {
    Path config = dir.resolve("config").resolve(name);
    Files.writeString(config, yaml, StandardCharsets.UTF_8);
    AnalysisConfig c =
        AnalysisConfig.from(
                ConfigTree.parse(Files.readAllBytes(config), name),
                new ConfigLocation.OnDisk(config.getParent()))
            .withSha256("config-sha");
    return ResultsJson.toJson(
        new Analysis(Estimators.standard(), new GeneratedBy("test", "0")).run(c).results());
  }

  /**
   * The xlsx run's JSON text with each input's path and checksum, and the config's path, replaced
   * by the CSV run's: what remains must be the same bytes.
   */
  private static String withCsvNamesAndHashes(String xlsxJson, String csvJson) throws IOException {
    ObjectMapper m = new ObjectMapper();
    JsonNode x = m.readTree(xlsxJson);
    JsonNode c = m.readTree(csvJson);
    String out = xlsxJson;
    for (int i = 0; i < c.get("inputs").size(); i++) {
      for (String key : new String[] {"path", "sha256"}) {
        out =
            out.replace(
                "\"" + x.get("inputs").get(i).get(key).asText() + "\"",
                "\"" + c.get("inputs").get(i).get(key).asText() + "\"");
      }
    }
    return out.replace(
        "\"" + x.get("config").get("path").asText() + "\"",
        "\"" + c.get("config").get("path").asText() + "\"");
  }

  /** Writes a CSV file as a worksheet: numeric columns as numbers, the others as text. */
  private static void writeWorkbook(Path csv, Path xlsx, String sheet) throws IOException {
    DataTable t = CsvReader.read(sheet, csv, csv.toString());
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet s = wb.createSheet(sheet);
      XSSFRow header = s.createRow(0);
      int c = 0;
      for (String name : t.columnNames()) {
        header.createCell(c++).setCellValue(name);
      }
      for (int r = 0; r < t.rowCount(); r++) {
        s.createRow(r + 1);
      }
      c = 0;
      for (String name : t.columnNames()) {
        if (t.isNumeric(name)) {
          double[] v = t.numericAllowingBlanks(name);
          for (int r = 0; r < v.length; r++) {
            if (!Double.isNaN(v[r])) {
              s.getRow(r + 1).createCell(c).setCellValue(v[r]);
            }
          }
        } else {
          String[] v = t.labels(name);
          for (int r = 0; r < v.length; r++) {
            s.getRow(r + 1).createCell(c).setCellValue(v[r]);
          }
        }
        c++;
      }
      wb.write(out);
    }
  }
}
