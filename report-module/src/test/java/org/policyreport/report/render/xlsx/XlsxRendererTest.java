package org.policyreport.report.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.SampleDocuments;
import org.policyreport.report.document.Table;

class XlsxRendererTest {

  private static byte[] render(Document doc, List<DataSheet> extra, List<String> warnings)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxRenderer(extra).render(doc, out, warnings::add);
    return out.toByteArray();
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static XSSFWorkbook english() throws IOException {
    return open(
        render(
            SampleDocuments.english(),
            List.of(SampleData.panel(), SampleData.provenance()),
            new ArrayList<>()));
  }

  private static List<Table> tables(Document doc) {
    List<Table> out = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof Table) {
        out.add((Table) b);
      }
    }
    return out;
  }

  @Test
  void contentsSheetComesFirstAndLinksToEveryTableSheet() throws IOException {
    Document doc = SampleDocuments.english();
    try (XSSFWorkbook wb = english()) {
      XSSFSheet contents = wb.getSheetAt(0);
      assertThat(contents.getSheetName()).isEqualTo(doc.vocabulary().contentsTitle());
      assertThat(contents.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(doc.metadata().title());
      for (Table t : tables(doc)) {
        XSSFCell label = findInColumnA(contents, t.label());
        assertThat(label).as("contents row for %s", t.label()).isNotNull();
        String address = label.getHyperlink().getAddress();
        String target = address.substring(1, address.lastIndexOf("'!"));
        XSSFSheet sheet = wb.getSheet(target);
        assertThat(sheet).as("sheet linked from %s", t.label()).isNotNull();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(t.caption());
        assertThat(label.getRow().getCell(1).getStringCellValue()).isEqualTo(t.caption());
      }
    }
  }

  @Test
  void contentsSheetCarriesTheSyntheticDataNotice() throws IOException {
    try (XSSFWorkbook wb = english()) {
      assertThat(
              findInColumnA(
                  wb.getSheetAt(0), "The data in this report are synthetic and illustrative."))
          .isNotNull();
    }
  }

  @Test
  void numbersAreNumericCellsWhoseFormatReproducesTheText() throws IOException {
    try (XSSFWorkbook wb = english()) {
      XSSFSheet reg = wb.getSheet("count_models");
      XSSFCell coef = reg.getRow(2).getCell(1);
      assertThat(coef.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(coef.getNumericCellValue()).isEqualTo(0.0213);
      assertThat(coef.getCellStyle().getDataFormatString()).isEqualTo("0.000\"***\"");
      XSSFCell se = reg.getRow(3).getCell(1);
      assertThat(se.getNumericCellValue()).isEqualTo(0.0041);
      assertThat(se.getCellStyle().getDataFormatString()).startsWith("\"(\"0.000\")\"");
      assertThat(new DataFormatter().formatCellValue(se).trim()).isEqualTo("(0.004)");
      XSSFCell ll = reg.getRow(7).getCell(1);
      assertThat(ll.getNumericCellValue()).isEqualTo(-1234.567);
      // Padded by the width of "***" so that it lines up with the starred estimates above.
      assertThat(ll.getCellStyle().getDataFormatString()).isEqualTo("#,##0.000_*_*_*");
      assertThat(new DataFormatter().formatCellValue(ll).trim()).isEqualTo("-1,234.567");
      XSSFCell n = reg.getRow(6).getCell(1);
      assertThat(n.getCellStyle().getDataFormatString()).isEqualTo("0_*_*_*");
    }
  }

  @Test
  void everyNumericDocumentCellIsANumericWorkbookCell() throws IOException {
    Document doc = SampleDocuments.english();
    try (XSSFWorkbook wb = english()) {
      for (Table t : tables(doc)) {
        XSSFSheet sheet = wb.getSheet(t.sheetName());
        List<Row> rows = new ArrayList<>(t.header());
        rows.addAll(t.body());
        for (int r = 0; r < rows.size(); r++) {
          int col = 0;
          for (Cell c : rows.get(r).cells()) {
            XSSFCell x = sheet.getRow(1 + r).getCell(col);
            if (c.isNumeric()) {
              assertThat(x.getCellType())
                  .as("%s row %d col %d", t.label(), r, col)
                  .isEqualTo(CellType.NUMERIC);
              assertThat(x.getNumericCellValue()).isEqualTo(c.value());
            } else {
              assertThat(x.getCellType()).isEqualTo(CellType.STRING);
              assertThat(x.getStringCellValue()).isEqualTo(c.text());
            }
            col += c.colSpan();
          }
        }
      }
    }
  }

  @Test
  void headerRowsAreFrozenAndPrintedOnEveryPage() throws IOException {
    try (XSSFWorkbook wb = english()) {
      XSSFSheet longTable = wb.getSheet("long");
      // Caption in row 1, header in row 2: the pane splits below row 2.
      assertThat(longTable.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(longTable.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
      assertThat(longTable.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(longTable.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(longTable.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      assertThat(longTable.getColumnWidth(0)).isGreaterThan(6 * 256);
    }
  }

  @Test
  void wideTablesPrintLandscapeNarrowOnesPortrait() throws IOException {
    List<Cell> header = new ArrayList<>();
    List<Cell> body = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      header.add(Cell.header("Column heading " + i));
      body.add(Cell.number("1,234.5", 1234.5, 1));
    }
    Table wide =
        new Table(
            "tab:wide",
            "Table 1-1",
            "Wide",
            Table.Kind.DATA,
            "wide",
            List.of(Row.of(header)),
            List.of(Row.of(body)),
            List.of(),
            null);
    Document base = SampleDocuments.english();
    Document doc = new Document(base.metadata(), base.vocabulary(), List.of(wide));
    try (XSSFWorkbook wb = open(render(doc, List.of(), new ArrayList<>()));
        XSSFWorkbook sample = english()) {
      assertThat(wb.getSheet("wide").getPrintSetup().getLandscape()).isTrue();
      assertThat(sample.getSheet("long").getPrintSetup().getLandscape()).isFalse();
    }
  }

  @Test
  void columnSpansBecomeMergedCells() throws IOException {
    Table spanned =
        new Table(
            "tab:span",
            "Table 1-1",
            "Spanned header",
            Table.Kind.REGRESSION,
            "spanned",
            List.of(
                Row.of(List.of(Cell.header(""), Cell.header("Count models", 2))),
                Row.of(List.of(Cell.header(""), Cell.header("NB2"), Cell.header("gnbreg")))),
            List.of(
                Row.of(
                    List.of(Cell.text("x"), Cell.number("1.00", 1, 2), Cell.number("2.00", 2, 2)))),
            List.of(),
            null);
    Document base = SampleDocuments.english();
    Document doc = new Document(base.metadata(), base.vocabulary(), List.of(spanned));
    try (XSSFWorkbook wb = open(render(doc, List.of(), new ArrayList<>()))) {
      XSSFSheet sheet = wb.getSheet("spanned");
      assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("B2:C2"));
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Count models");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
      assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
    }
  }

  @Test
  void everyFigureSheetHasANativeChartOfItsKind() throws IOException {
    try (XSSFWorkbook wb = english()) {
      assertThat(plotArea(wb, "Figure 2-1").sizeOfLineChartArray()).isEqualTo(1);
      assertThat(plotArea(wb, "Figure 2-1").getLineChartArray(0).getSerArray(1).isSetErrBars())
          .as("interval bars on the coefficient plot")
          .isTrue();
      assertThat(plotArea(wb, "Figure 2-2").sizeOfBarChartArray()).isEqualTo(1);
      assertThat(plotArea(wb, "Figure 2-3").sizeOfLineChartArray()).isEqualTo(1);
      assertThat(plotArea(wb, "Figure 2-4").sizeOfScatterChartArray()).isEqualTo(1);
      assertThat(
              plotArea(wb, "Figure 2-2")
                  .getValAxArray(0)
                  .getTitle()
                  .getTx()
                  .getRich()
                  .getPArray(0)
                  .getRArray(0)
                  .getT())
          .isEqualTo("Patents");
      XSSFSheet bar = wb.getSheet("Figure 2-2");
      assertThat(bar.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(30000.0);
    }
  }

  @Test
  void dataSheetsAreAppendedAfterTheReportSheets() throws IOException {
    try (XSSFWorkbook wb = english()) {
      int n = wb.getNumberOfSheets();
      assertThat(wb.getSheetName(n - 2)).isEqualTo("regional_panel");
      assertThat(wb.getSheetName(n - 1)).isEqualTo("Provenance");
      XSSFSheet panel = wb.getSheet("regional_panel");
      assertThat(panel.getRow(0).getCell(2).getStringCellValue()).isEqualTo("patents");
      assertThat(panel.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(panel.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2012.0);
      // The missing value (Sejong, 2012) is an empty cell, not a zero.
      assertThat(panel.getRow(7).getCell(2)).isNull();
      assertThat(panel.getLastRowNum()).isEqualTo(9);
      assertThat(findInColumnA(wb.getSheetAt(0), "regional_panel").getHyperlink().getAddress())
          .isEqualTo("'regional_panel'!A1");
    }
  }

  @Test
  void sameDocumentGivesSameBytes() throws IOException {
    byte[] first = render(SampleDocuments.korean(), List.of(SampleData.panel()), new ArrayList<>());
    byte[] second =
        render(SampleDocuments.korean(), List.of(SampleData.panel()), new ArrayList<>());
    assertThat(second).isEqualTo(first);
    // Equal bytes could still hide the clock if both runs fell in one second: check the stamps.
    LocalDateTime reportDate = SampleDocuments.korean().metadata().date().atStartOfDay();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(reportDate);
      }
    }
    try (XSSFWorkbook wb = open(first)) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getCreated().toInstant()).isEqualTo(reportDate.toInstant(ZoneOffset.UTC));
      assertThat(core.getModified().toInstant()).isEqualTo(reportDate.toInstant(ZoneOffset.UTC));
    }
  }

  @Test
  void documentPropertiesComeFromTheMetadata() throws IOException {
    try (XSSFWorkbook wb = english()) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getTitle())
          .isEqualTo("Innovation-driven regional growth through decentralization");
      assertThat(core.getCreator()).isEqualTo("Gil-dong Hong, Chul-soo Kim");
      assertThat(core.getSubject()).isEqualTo("Regional innovation");
      assertThat(core.getKeywords()).isEqualTo("decentralization, regional innovation system");
      assertThat(core.getDescription()).isEqualTo("A one-paragraph summary.");
    }
  }

  @Test
  void koreanSampleKeepsKoreanTextAndValidSheetNames() throws IOException {
    try (XSSFWorkbook wb = open(render(SampleDocuments.korean(), List.of(), new ArrayList<>()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("목 차");
      assertThat(wb.getSheet("count_models").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("<표 2-1> 특허 출원 모형 추정 결과");
      assertThat(wb.getSheet("count_models").getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("재정자주도");
      // "[그림 2-1]" has brackets, which sheet names may not.
      assertThat(wb.getSheet("그림 2-1")).isNotNull();
      XSSFSheet recommendations = wb.getSheet("정책 제언");
      assertThat(findInColumnA(recommendations, "재정분권 강화")).isNotNull();
      XSSFCell warned = findInColumnA(recommendations, "지역혁신체계");
      assertThat(warned.getRow().getCell(1).getStringCellValue()).isEqualTo("현재 자료로는 뒷받침되지 않음");
      assertThat(findInColumnA(recommendations, "○ 근거: 성립")).isNotNull();
    }
  }

  @Test
  void warnsWhenANumberCannotShowAsInTheDocument() throws IOException {
    Table t =
        new Table(
            "tab:p",
            "Table 1-1",
            "p-values",
            Table.Kind.DATA,
            "p",
            List.of(Row.of(List.of(Cell.header("p")))),
            List.of(Row.of(List.of(Cell.number("<0.001", 0.0004, 3, "<", "")))),
            List.of(),
            null);
    Document base = SampleDocuments.english();
    List<String> warnings = new ArrayList<>();
    render(new Document(base.metadata(), base.vocabulary(), List.of(t)), List.of(), warnings);
    assertThat(warnings)
        .filteredOn(w -> w.contains("Table 1-1"))
        .singleElement()
        .asString()
        .contains("<0.001");
  }

  @Test
  void lineSeriesDifferInMarkerAndDashSoTheyReadInGreyscale() throws IOException {
    try (XSSFWorkbook wb = english()) {
      var lines = plotArea(wb, "Figure 2-3").getLineChartArray(0);
      assertThat(lines.sizeOfSerArray()).isEqualTo(2);
      var a = lines.getSerArray(0);
      var b = lines.getSerArray(1);
      assertThat(a.getMarker().getSymbol().getVal())
          .isNotEqualTo(b.getMarker().getSymbol().getVal());
      assertThat(a.getSpPr().getLn().getPrstDash().getVal())
          .isNotEqualTo(b.getSpPr().getLn().getPrstDash().getVal());
    }
  }

  @Test
  void sampleDocumentsRenderWithoutWarnings() throws IOException {
    List<String> warnings = new ArrayList<>();
    render(SampleDocuments.english(), List.of(), warnings);
    render(SampleDocuments.korean(), List.of(), warnings);
    assertThat(warnings).isEmpty();
  }

  private static CTPlotArea plotArea(XSSFWorkbook wb, String sheetName) {
    XSSFSheet sheet = wb.getSheet(sheetName);
    assertThat(sheet).as(sheetName).isNotNull();
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    assertThat(drawing).as("drawing on " + sheetName).isNotNull();
    List<XSSFChart> charts = drawing.getCharts();
    assertThat(charts).as("charts on " + sheetName).hasSize(1);
    return charts.get(0).getCTChart().getPlotArea();
  }

  private static XSSFCell findInColumnA(XSSFSheet sheet, String text) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null
          && row.getCell(0) != null
          && row.getCell(0).getCellType() == CellType.STRING
          && row.getCell(0).getStringCellValue().equals(text)) {
        return row.getCell(0);
      }
    }
    return null;
  }
}
