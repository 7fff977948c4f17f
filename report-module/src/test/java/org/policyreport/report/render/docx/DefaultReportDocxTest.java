package org.policyreport.report.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Figure;
import org.policyreport.report.document.Heading;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.render.Fonts;
import org.policyreport.report.template.ReportFixture;

/**
 * The Word file of the default report, in English and Korean, as an editor works in it: numbers
 * whole, tables styled by one table style, numbers of headings, captions and cross-references live,
 * and the font embedded.
 */
class DefaultReportDocxTest {
  private static final Pattern INSTRUCTION =
      Pattern.compile("<w:instrText[^>]*>([^<]*)</w:instrText>");

  private static Rendered en;
  private static Rendered ko;

  @BeforeAll
  static void render() {
    en = new Rendered(ReportFixture.build("en"));
    ko = new Rendered(ReportFixture.build("ko"));
  }

  @AfterAll
  static void close() throws IOException {
    en.close();
    ko.close();
  }

  private static List<Rendered> both() {
    return List.of(en, ko);
  }

  private static List<Table> tables(Rendered r) {
    return r.source.blocks().stream()
        .filter(Table.class::isInstance)
        .map(Table.class::cast)
        .toList();
  }

  /** The report tables of the file (boxes are one-cell tables of their own style). */
  private static List<XWPFTable> reportTables(Rendered r) {
    return r.docx.getTables().stream()
        .filter(t -> !Styles.BOX_TABLE.equals(t.getStyleID()))
        .toList();
  }

  @Test
  void everyNumberIsWholeInOneRunWithoutATab() {
    int numbers = 0;
    for (Rendered r : both()) {
      List<Table> source = tables(r);
      List<XWPFTable> rendered = reportTables(r);
      assertThat(rendered).hasSameSizeAs(source);
      for (int t = 0; t < source.size(); t++) {
        List<Row> rows = new ArrayList<>(source.get(t).header());
        rows.addAll(source.get(t).body());
        for (int i = 0; i < rows.size(); i++) {
          XWPFTableRow row = rendered.get(t).getRow(i);
          List<Cell> cells = rows.get(i).cells();
          for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (!cell.isNumeric()) {
              continue;
            }
            numbers++;
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            assertThat(p.getRuns())
                .as("%s row %d column %d", source.get(t).label(), i, c)
                .singleElement()
                .satisfies(run -> assertThat(run.text()).isEqualTo(cell.text()));
            assertThat(p.getCTP().xmlText()).doesNotContain("<w:tab/>");
          }
        }
      }
    }
    assertThat(numbers).as("numbers checked").isGreaterThan(300);
  }

  @Test
  void numbersWithADecimalPointSitOnADecimalTabStop() {
    XWPFTable count = reportTables(en).get(indexOf(en, Table.Kind.REGRESSION));
    XWPFTableCell cell = count.getRow(2).getCell(1);
    assertThat(cell.getText()).contains(".");
    assertThat(cell.getParagraphs().get(0).getCTP().getPPr().getTabs().getTabArray(0).getVal())
        .hasToString("decimal");
  }

  private static int indexOf(Rendered r, Table.Kind kind) {
    List<Table> source = tables(r);
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).kind() == kind) {
        return i;
      }
    }
    throw new AssertionError("no " + kind + " table");
  }

  @Test
  void everyTableNamesTheTableStyleOfItsKind() {
    for (Rendered r : both()) {
      List<Table> source = tables(r);
      List<XWPFTable> rendered = reportTables(r);
      for (int t = 0; t < source.size(); t++) {
        String expected =
            source.get(t).kind() == Table.Kind.REGRESSION
                ? Styles.REGRESSION_TABLE
                : Styles.DATA_TABLE;
        assertThat(rendered.get(t).getStyleID()).as(source.get(t).label()).isEqualTo(expected);
        // Borders come from the style, not from the table.
        assertThat(rendered.get(t).getCTTbl().getTblPr().isSetTblBorders()).isFalse();
      }
      CTStyle regression = r.docx.getStyles().getStyle(Styles.REGRESSION_TABLE).getCTStyle();
      assertThat(regression.getType()).isEqualTo(STStyleType.TABLE);
      assertThat(regression.getBasedOn().getVal()).isEqualTo(Styles.DATA_TABLE);
      assertThat(r.docx.getStyles().getStyle(Styles.DATA_TABLE).getCTStyle().getType())
          .isEqualTo(STStyleType.TABLE);
    }
  }

  @Test
  void noRunInATableSetsItsOwnTypeSize() {
    for (Rendered r : both()) {
      for (XWPFTable t : r.docx.getTables()) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
              for (XWPFRun run : p.getRuns()) {
                var rPr = run.getCTR().getRPr();
                if (rPr != null) {
                  assertThat(rPr.sizeOfSzArray() + rPr.sizeOfSzCsArray())
                      .as("run '%s'", run.text())
                      .isZero();
                }
              }
            }
          }
        }
      }
    }
  }

  @Test
  void captionsNumberTablesAndFiguresWithSeqFieldsWhoseResultsAreTheLabels() {
    for (Rendered r : both()) {
      List<String> expected = new ArrayList<>();
      r.source.blocks().stream()
          .filter(b -> b instanceof Table || b instanceof Figure)
          .forEach(
              b ->
                  expected.add(
                      b instanceof Table t
                          ? t.label() + " " + t.caption()
                          : ((Figure) b).label() + " " + ((Figure) b).caption()));
      List<XWPFParagraph> captions =
          r.docx.getParagraphs().stream()
              .filter(
                  p ->
                      Styles.CAPTION.equals(p.getStyle())
                          || Styles.FIGURE_CAPTION.equals(p.getStyle()))
              .toList();
      assertThat(captions.stream().map(XWPFParagraph::getText)).containsExactlyElementsOf(expected);
      for (XWPFParagraph p : captions) {
        List<String> fields = instructions(p.getCTP().xmlText());
        assertThat(fields).as(p.getText()).anyMatch(f -> f.startsWith("SEQ "));
        assertThat(p.getCTP().getBookmarkStartList()).as(p.getText()).hasSize(1);
      }
      // Chapter tables carry the chapter number as a STYLEREF field to the chapter heading.
      assertThat(instructions(captions.get(1).getCTP().xmlText())).contains("STYLEREF 1 \\s");
    }
  }

  @Test
  void crossReferencesAreRefFieldsToBookmarksHoldingTheLabel() {
    for (Rendered r : both()) {
      Map<String, String> bookmarked = bookmarkedText(r);
      int refs = 0;
      for (XWPFParagraph p : r.docx.getParagraphs()) {
        if (Styles.CAPTION.equals(p.getStyle())
            || p.getStyle() != null && p.getStyle().startsWith("TOC")) {
          continue;
        }
        String xml = p.getCTP().xmlText();
        for (String f : instructions(xml)) {
          if (!f.startsWith("REF ")) {
            continue;
          }
          refs++;
          String bookmark = f.split(" ")[1];
          assertThat(bookmarked).as("bookmark of %s", f).containsKey(bookmark);
          assertThat(p.getText()).contains(bookmarked.get(bookmark));
        }
      }
      assertThat(refs).as("cross-references").isGreaterThanOrEqualTo(10);
    }
  }

  /** The label each caption bookmark holds. */
  private static Map<String, String> bookmarkedText(Rendered r) {
    Map<String, String> out = new HashMap<>();
    for (XWPFParagraph p : r.docx.getParagraphs()) {
      for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
        if (b.getName().startsWith("_Ref")) {
          out.put(b.getName(), p.getText().substring(0, labelEnd(p.getText())));
        }
      }
    }
    return out;
  }

  /** End of the label of a caption: "Table 4-1 …", "<표 4-1> …", "[그림 4-1] …". */
  private static int labelEnd(String caption) {
    if (caption.startsWith("<")) {
      return caption.indexOf('>') + 1;
    }
    if (caption.startsWith("[")) {
      return caption.indexOf(']') + 1;
    }
    return caption.indexOf(' ', caption.indexOf(' ') + 1);
  }

  private static List<String> instructions(String xml) {
    List<String> out = new ArrayList<>();
    Matcher m = INSTRUCTION.matcher(xml);
    while (m.find()) {
      out.add(m.group(1).trim().replace("&quot;", "\""));
    }
    return out;
  }

  @Test
  void headingNumbersAreDrawnByTheHeadingListAndMatchTheModel() {
    for (Rendered r : both()) {
      List<Heading> headings = r.source.headings();
      List<DrawnNumbers.Numbered> drawn =
          DrawnNumbers.of(r.docx).stream()
              .filter(
                  n ->
                      n.paragraph().getStyle() != null
                          && n.paragraph().getStyle().startsWith("Heading"))
              .filter(n -> r.docx.getBodyElements().contains(n.paragraph()))
              .toList();
      assertThat(drawn).hasSameSizeAs(headings);
      for (int i = 0; i < headings.size(); i++) {
        assertThat(drawn.get(i).number())
            .as(headings.get(i).text())
            .isEqualTo(headings.get(i).number());
        assertThat(drawn.get(i).paragraph().getText()).isEqualTo(headings.get(i).text());
      }
    }
    assertThat(ko.source.headings().stream().map(Heading::number)).contains("제4장", "제1절", "1.");
  }

  @Test
  void listsOfTablesAndFiguresAreTocFieldsOverTheCaptions() {
    for (Rendered r : both()) {
      List<String> fields = instructions(r.documentXml());
      String table = Captions.sequence(r.source.vocabulary(), false);
      String figure = Captions.sequence(r.source.vocabulary(), true);
      assertThat(fields)
          .contains("TOC \\h \\z \\c \"" + table + "\"", "TOC \\h \\z \\c \"" + figure + "\"");
      long entries =
          r.docx.getParagraphs().stream()
              .filter(p -> Styles.TABLE_OF_FIGURES.equals(p.getStyle()) && !p.getText().isBlank())
              .count();
      long captions =
          r.source.blocks().stream().filter(b -> b instanceof Table || b instanceof Figure).count();
      assertThat(entries).isEqualTo(captions);
    }
    assertThat(ko.docx.getParagraphs().stream().map(XWPFParagraph::getText))
        .contains("표 목차", "그림 목차");
  }

  @Test
  void fontTableEmbedsPretendardWithAGlyphForEveryCharacter() throws Exception {
    for (Rendered r : both()) {
      PackagePart main = r.docx.getPackagePart();
      PackageRelationship rel =
          main.getRelationshipsByType(
                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable")
              .getRelationship(0);
      PackagePart fontTable = main.getRelatedPart(rel);
      String xml;
      try (InputStream in = fontTable.getInputStream()) {
        xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      assertThat(xml)
          .contains("w:name=\"" + Fonts.FAMILY + "\"")
          .contains("<w:altName w:val=\"맑은 고딕\"/>")
          .contains("<w:charset w:val=\"81\"/>")
          .containsPattern("<w:panose1 w:val=\"[0-9A-F]{20}\"/>");
      Matcher m =
          Pattern.compile("<w:embed(Regular|Bold) r:id=\"(rId\\d+)\" w:fontKey=\"(\\{[^}]+\\})\"")
              .matcher(xml);
      int faces = 0;
      while (m.find()) {
        faces++;
        PackagePart font = fontTable.getRelatedPart(fontTable.getRelationship(m.group(2)));
        assertThat(font.getContentType())
            .isEqualTo("application/vnd.openxmlformats-officedocument.obfuscatedFont");
        byte[] bytes;
        try (InputStream in = font.getInputStream()) {
          bytes = EmbeddedFonts.obfuscate(in.readAllBytes(), m.group(3));
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        assertThat(ttf.getName()).startsWith("PretendardGOV");
        // Word matches an embedded face to w:name by its family name.
        assertThat(ttf.getNaming().getFontFamily()).isEqualTo(Fonts.FAMILY);
        var cmap = ttf.getUnicodeCmapLookup();
        String text;
        try (var cursor = r.docx.getDocument().newCursor()) {
          text = cursor.getTextValue();
        }
        text.codePoints()
            .filter(c -> c > 0x7F && Character.isLetterOrDigit(c))
            .distinct()
            .forEach(
                c ->
                    assertThat(cmap.getGlyphId(c))
                        .as("glyph of U+%04X in %s", c, m.group(1))
                        .isPositive());
      }
      assertThat(faces).isEqualTo(2);
      assertThat(r.docx.getSettings().getCTSettings().isSetEmbedTrueTypeFonts()).isTrue();
    }
  }

  @Test
  void koreanLatinAutoSpacingIsOff() throws Exception {
    var pPr = ko.docx.getStyle().getDocDefaults().getPPrDefault().getPPr();
    assertThat(POIXMLUnits.parseOnOff(pPr.getAutoSpaceDE())).isFalse();
    assertThat(POIXMLUnits.parseOnOff(pPr.getAutoSpaceDN())).isFalse();
  }
}
