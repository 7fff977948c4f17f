package org.policyreport.report.render.hwpx;

import org.policyreport.report.document.Vocabulary;

/**
 * The section's first paragraph: A4 with Hangul's usual margins (30 mm at the sides, 20 mm top, 15
 * mm bottom), the running header with the report title, the page-number footer, and the title page
 * (when the document has one) kept free of both. It holds no text: some readers skip text in the
 * run that carries the section properties.
 */
final class PageSetup {
  static final int PAGE_WIDTH = 59528;
  static final int PAGE_HEIGHT = 84188;
  static final int MARGIN_SIDE = 8504;
  static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

  // Numbers no footer pattern contains, used to find where the automatic numbers go.
  private static final int PAGE_MARK = 918273;
  private static final int TOTAL_MARK = 546372;

  private PageSetup() {}

  /**
   * @param frontMatter the document numbers its front matter i, ii, ... until {@link #bodyStart}
   * @param titlePage the first page is a title page; a document without one (a brief) has its
   *     header and footer on the first page too, as in the PDF
   */
  static void write(
      Paragraphs p, String runningTitle, Vocabulary v, boolean frontMatter, boolean titlePage) {
    Xml x = p.xml();
    p.begin(Look.Style.NORMAL, Look.Para.BODY, false);
    x.open("hp:run").attr("charPrIDRef", Look.Char.BODY.id());
    sectionProperties(x);
    x.open("hp:ctrl");
    x.empty(
        "hp:colPr",
        "id",
        "",
        "type",
        "NEWSPAPER",
        "layout",
        "LEFT",
        "colCount",
        "1",
        "sameSz",
        "1",
        "sameGap",
        "0");
    x.close();
    x.open("hp:ctrl");
    x.open("hp:header").attr("id", 1).attr("applyPageType", "BOTH");
    p.subList("TOP", TEXT_WIDTH, 4252);
    p.plain(Look.Style.HEADER, Look.Para.HEADER, Look.Char.HEADER_FOOTER, false, runningTitle);
    x.close();
    x.close();
    x.close();
    x.open("hp:ctrl");
    x.open("hp:footer").attr("id", 2).attr("applyPageType", "BOTH");
    p.subList("BOTTOM", TEXT_WIDTH, 4252);
    p.begin(Look.Style.HEADER, Look.Para.FOOTER, false);
    if (frontMatter) {
      footerRuns(p, v.frontPageFooter(Integer.toString(PAGE_MARK)), "ROMAN_SMALL");
    } else {
      footerRuns(p, v.pageFooter(PAGE_MARK, TOTAL_MARK), "DIGIT");
    }
    p.end();
    x.close();
    x.close();
    x.close();
    // The title page shows no header, footer or page number.
    if (titlePage) {
      x.open("hp:ctrl");
      x.empty(
          "hp:pageHiding",
          "hideHeader",
          "1",
          "hideFooter",
          "1",
          "hideMasterPage",
          "1",
          "hideBorder",
          "0",
          "hideFill",
          "0",
          "hidePageNum",
          "1");
      x.close();
    }
    x.close(); // run
    p.end();
  }

  /**
   * The vocabulary's footer ("Page 3 of 40", "- 3 -") as one run of text pieces and automatic page
   * and page-count numbers, the shape of the footers Hangul itself writes.
   */
  private static void footerRuns(Paragraphs p, String pattern, String format) {
    Xml x = p.xml();
    String page = Integer.toString(PAGE_MARK);
    String total = Integer.toString(TOTAL_MARK);
    x.open("hp:run").attr("charPrIDRef", Look.Char.HEADER_FOOTER.id());
    int i = 0;
    while (i < pattern.length()) {
      int nextPage = pattern.indexOf(page, i);
      int nextTotal = pattern.indexOf(total, i);
      int next =
          nextPage < 0 ? nextTotal : nextTotal < 0 ? nextPage : Math.min(nextPage, nextTotal);
      if (next < 0) {
        p.t(pattern.substring(i));
        break;
      }
      if (next > i) {
        p.t(pattern.substring(i, next));
      }
      boolean isPage = next == nextPage;
      x.open("hp:ctrl");
      p.autoNum(1, isPage ? "PAGE" : "TOTAL_PAGE", "", format);
      x.close();
      i = next + (isPage ? page : total).length();
    }
    if (pattern.endsWith(page) || pattern.endsWith(total)) {
      x.empty("hp:t");
    }
    x.close();
  }

  /**
   * The paragraph that starts the body on a new page: from there the footer shows Arabic page
   * numbers, starting again at 1. It holds no text.
   */
  static void bodyStart(Paragraphs p, Vocabulary v) {
    Xml x = p.xml();
    p.begin(Look.Style.NORMAL, Look.Para.BODY, true);
    x.open("hp:run").attr("charPrIDRef", Look.Char.BODY.id());
    x.open("hp:ctrl");
    x.open("hp:footer").attr("id", 3).attr("applyPageType", "BOTH");
    p.subList("BOTTOM", TEXT_WIDTH, 4252);
    p.begin(Look.Style.HEADER, Look.Para.FOOTER, false);
    footerRuns(p, v.pageFooter(PAGE_MARK, TOTAL_MARK), "DIGIT");
    p.end();
    x.close();
    x.close();
    x.close();
    x.open("hp:ctrl");
    x.open("hp:newNum").attr("num", 1).attr("numType", "PAGE");
    x.close();
    x.close();
    x.empty("hp:t");
    x.close(); // run
    p.end();
  }

  private static void sectionProperties(Xml x) {
    x.open("hp:secPr")
        .attr("id", "")
        .attr("textDirection", "HORIZONTAL")
        .attr("spaceColumns", 1134)
        .attr("tabStop", 8000)
        .attr("tabStopVal", 4000)
        .attr("tabStopUnit", "HWPUNIT")
        .attr("outlineShapeIDRef", HeaderPart.OUTLINE_NUMBERING)
        .attr("memoShapeIDRef", 0)
        .attr("textVerticalWidthHead", 0)
        .attr("masterPageCnt", 0);
    x.empty("hp:grid", "lineGrid", "0", "charGrid", "0", "wonggojiFormat", "0");
    x.empty(
        "hp:startNum",
        "pageStartsOn",
        "BOTH",
        "page",
        "0",
        "pic",
        "0",
        "tbl",
        "0",
        "equation",
        "0");
    x.empty(
        "hp:visibility",
        "hideFirstHeader",
        "0",
        "hideFirstFooter",
        "0",
        "hideFirstMasterPage",
        "0",
        "border",
        "SHOW_ALL",
        "fill",
        "SHOW_ALL",
        "hideFirstPageNum",
        "0",
        "hideFirstEmptyLine",
        "0",
        "showLineNumber",
        "0");
    x.empty(
        "hp:lineNumberShape",
        "restartType",
        "0",
        "countBy",
        "0",
        "distance",
        "0",
        "startNumber",
        "0");
    x.open("hp:pagePr")
        .attr("landscape", "WIDELY")
        .attr("width", PAGE_WIDTH)
        .attr("height", PAGE_HEIGHT)
        .attr("gutterType", "LEFT_ONLY");
    x.empty(
        "hp:margin",
        "header",
        "4252",
        "footer",
        "4252",
        "gutter",
        "0",
        "left",
        Integer.toString(MARGIN_SIDE),
        "right",
        Integer.toString(MARGIN_SIDE),
        "top",
        "5668",
        "bottom",
        "4252");
    x.close();
    notePr(x, "hp:footNotePr", "-1", "283", "EACH_COLUMN");
    notePr(x, "hp:endNotePr", "14692344", "0", "END_OF_DOCUMENT");
    for (String type : new String[] {"BOTH", "EVEN", "ODD"}) {
      x.open("hp:pageBorderFill")
          .attr("type", type)
          .attr("borderFillIDRef", Look.Border.NONE.id())
          .attr("textBorder", "PAPER")
          .attr("headerInside", false)
          .attr("footerInside", false)
          .attr("fillArea", "PAPER");
      x.empty("hp:offset", "left", "1417", "right", "1417", "top", "1417", "bottom", "1417");
      x.close();
    }
    x.close();
  }

  private static void notePr(Xml x, String name, String lineLength, String between, String place) {
    x.open(name);
    x.empty(
        "hp:autoNumFormat",
        "type",
        "DIGIT",
        "userChar",
        "",
        "prefixChar",
        "",
        "suffixChar",
        ")",
        "supscript",
        "0");
    x.empty(
        "hp:noteLine",
        "length",
        lineLength,
        "type",
        "SOLID",
        "width",
        "0.12 mm",
        "color",
        "#000000");
    x.empty("hp:noteSpacing", "betweenNotes", between, "belowLine", "567", "aboveLine", "850");
    x.empty("hp:numbering", "type", "CONTINUOUS", "newNum", "1");
    x.empty("hp:placement", "place", place, "beneathText", "0");
    x.close();
  }
}
