package org.policyreport.analysis.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.analysis.config.ReadOptions;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.MissingMarkers;
import org.policyreport.contract.InputException;

class WorkbookReaderTest {
  @TempDir Path dir;

  private static DataTable read(byte[] bytes, String sheet, String range) {
    return WorkbookReader.read(
        "t",
        bytes,
        "data.xlsx",
        new ReadOptions(null, sheet, 0, range, null, null, null),
        MissingMarkers.DEFAULT);
  }

  private static byte[] write(XSSFWorkbook wb) throws IOException {
    try (wb;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void readsNumbersTextDatesAndCachedFormulaValues() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("panel");
    XSSFRow h = s.createRow(0);
    String[] names = {"지역", "year", "v", "date", "twice"};
    for (int c = 0; c < names.length; c++) {
      h.createCell(c).setCellValue(names[c]);
    }
    XSSFCellStyle dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    for (int r = 1; r <= 2; r++) {
      XSSFRow row = s.createRow(r);
      row.createCell(0).setCellValue(r == 1 ? "서울" : "부산");
      row.createCell(1).setCellValue(2014 + r);
      row.createCell(2).setCellValue(r * 1.25);
      row.createCell(3).setCellValue(LocalDate.of(2018, 12, r));
      row.getCell(3).setCellStyle(dateStyle);
      row.createCell(4).setCellFormula("C" + (r + 1) + "*2");
    }
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    DataTable t = read(write(wb), null, null);
    assertThat(t.columnNames()).containsExactly("지역", "year", "v", "date", "twice");
    assertThat(t.labels("지역")).containsExactly("서울", "부산");
    assertThat(t.numeric("year")).containsExactly(2015, 2016);
    assertThat(t.numeric("v")).containsExactly(1.25, 2.5);
    assertThat(t.labels("date")).containsExactly("2018-12-01", "2018-12-02");
    assertThat(t.numeric("twice")).containsExactly(2.5, 5.0);
  }

  @Test
  void aFormulaWithoutASavedValueIsAnErrorNamingTheCell() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("panel");
    s.createRow(0).createCell(0).setCellValue("v");
    s.createRow(1).createCell(0).setCellFormula("1+1");
    byte[] bytes = write(wb);
    assertThatThrownBy(() -> read(bytes, "panel", null))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data.xlsx: sheet 'panel' cell A2: the formula 1+1 has no saved value (open the file"
                + " in Excel or LibreOffice and save it)");
  }

  @Test
  void aMergedHeaderCellIsCarriedIntoEveryCellItCovers() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("panel");
    // "시도별" spans two header rows; the second row holds the years.
    XSSFRow top = s.createRow(0);
    top.createCell(0).setCellValue("시도별");
    top.createCell(1).setCellValue("특허출원건수");
    s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
    s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
    XSSFRow years = s.createRow(1);
    years.createCell(1).setCellValue(2015);
    years.createCell(2).setCellValue(2016);
    XSSFRow data = s.createRow(2);
    data.createCell(0).setCellValue("서울특별시");
    data.createCell(1).setCellValue(1);
    data.createCell(2).setCellValue("…");
    byte[] bytes = write(wb);
    DataTable t = read(bytes, null, "A2:C3");
    assertThat(t.columnNames()).containsExactly("시도별", "2015", "2016");
    assertThat(t.numericAllowingBlanks("2016")).containsExactly(Double.NaN);
    assertThatThrownBy(() -> read(bytes, null, "A1:C3"))
        .hasMessage("data.xlsx: sheet 'panel' cell C1: duplicate column name '특허출원건수'");
  }

  @Test
  void textInANumericColumnNamesSheetAndCell() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("panel");
    s.createRow(0).createCell(0).setCellValue("v");
    s.createRow(1).createCell(0).setCellValue(1);
    s.createRow(2).createCell(0).setCellValue("n/a");
    DataTable t = read(write(wb), "panel", null);
    assertThatThrownBy(() -> t.numeric("v"))
        .hasMessage(
            "data.xlsx: sheet 'panel' cell A3 (v): 'n/a' is not a number (column must be numeric)");
  }

  @Test
  void anUnknownSheetListsTheSheetsThereAre() {
    assertThatThrownBy(() -> read(HostileWorkbooks.plain(), "data", null))
        .hasMessage("data.xlsx: no sheet 'data' (the workbook has 'panel')");
  }

  @Test
  void aFileThatIsNotAZipIsAOneLineError() {
    assertThatThrownBy(() -> read("region,v\n".getBytes(StandardCharsets.UTF_8), null, null))
        .hasMessage("data.xlsx: not an .xlsx workbook (the file is not a zip archive)");
  }

  @Test
  void aZipWithoutAWorkbookIsAOneLineError() {
    assertThatThrownBy(() -> read(HostileWorkbooks.zipWithoutWorkbook(), null, null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("data.xlsx: cannot read the workbook (")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aZipBombIsRefused() {
    assertThatThrownBy(() -> read(HostileWorkbooks.zipBomb(), null, null))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data.xlsx: cannot read the workbook (a part expands more than 100 times its packed"
                + " size: refused as a possible zip bomb)");
  }

  @Test
  void anExternalEntityIsNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    byte[] bytes = HostileWorkbooks.externalEntity(secret.toUri().toString());
    assertThatThrownBy(() -> read(bytes, null, null))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("data.xlsx: cannot read the workbook (")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("TOP-SECRET-CONTENT")
                    .doesNotContain("\n"));
  }

  @Test
  void anOldXlsWorkbookAsksForXlsx() {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    assertThatThrownBy(() -> read(ole, null, null))
        .hasMessage("data.xlsx: an old-style .xls workbook; save it as .xlsx or CSV");
  }

  @Test
  void anEmptyRowInsideTheDataIsAnError() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    XSSFSheet s = wb.createSheet("panel");
    s.createRow(0).createCell(0).setCellValue("v");
    s.createRow(1).createCell(0).setCellValue(1);
    s.createRow(3).createCell(0).setCellValue(2);
    byte[] bytes = write(wb);
    assertThatThrownBy(() -> read(bytes, null, null))
        .hasMessage(
            "data.xlsx: sheet 'panel' row 3: empty row inside the data (give the sheet a"
                + " 'range:')");
  }
}
