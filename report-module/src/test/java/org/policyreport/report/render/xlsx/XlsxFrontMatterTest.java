package org.policyreport.report.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.FrontMatterSamples;
import org.policyreport.report.document.SampleDocuments;

/** The publication sheet: series, team, colophon and references; none without them. */
class XlsxFrontMatterTest {
  private static XSSFWorkbook render(org.policyreport.report.document.Document d)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer().render(d, out, w -> {});
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> cells(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        out.add(c.getStringCellValue());
      }
    }
    return out;
  }

  @Test
  void publicationSheetListsTeamColophonAndReferences() throws IOException {
    try (XSSFWorkbook wb = render(FrontMatterSamples.english())) {
      XSSFSheet sheet = wb.getSheet("Publication");
      assertThat(sheet).isNotNull();
      assertThat(cells(sheet))
          .contains(FrontMatterSamples.SERIES, "Principal investigator", "Kim Yeon-gu")
          .contains("ISBN", FrontMatterSamples.ISBN, FrontMatterSamples.DISCLAIMER)
          .contains("Korean sources", FrontMatterSamples.DOMESTIC, "References");
    }
  }

  @Test
  void reportWithoutFrontMatterHasNoPublicationSheet() throws IOException {
    try (XSSFWorkbook wb = render(SampleDocuments.english())) {
      assertThat(wb.getSheet("Publication")).isNull();
    }
  }
}
