package org.policyreport.report.render.hwpx;

import java.util.List;
import java.util.function.Consumer;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Box;

/**
 * A box (a recommendation, a summary) as a one-cell table with a frame and a tinted background. A
 * box whose claims do not hold gets a red frame, heavier on the left, and says why at the top, in
 * red.
 */
final class Boxes {
  private static final int PAD_X = 1100;
  private static final int PAD_Y = 700;

  private static final int NOMINAL_HEIGHT = 5000;

  private Boxes() {}

  static void write(
      Paragraphs p, Ids ids, Box b, boolean pageBreak, Consumer<List<Block>> content) {
    boolean warning = b.status() == Box.Status.WARNING;
    Look.Border frame = warning ? Look.Border.BOX_WARNING : Look.Border.BOX_OK;
    Xml x = p.xml();
    p.begin(Look.Style.NORMAL, Look.Para.CELL_LEFT, pageBreak);
    x.open("hp:run").attr("charPrIDRef", Look.Char.BODY.id());
    x.open("hp:tbl")
        .attr("id", ids.nextObject())
        .attr("zOrder", 0)
        .attr("numberingType", "TABLE")
        .attr("textWrap", "TOP_AND_BOTTOM")
        .attr("textFlow", "BOTH_SIDES")
        .attr("lock", false)
        .attr("dropcapstyle", "None")
        .attr("pageBreak", "CELL")
        .attr("repeatHeader", false)
        .attr("rowCnt", 1)
        .attr("colCnt", 1)
        .attr("cellSpacing", 0)
        .attr("borderFillIDRef", frame.id())
        .attr("noAdjust", false);
    // A nominal height: Hangul grows the one-cell box to fit its text.
    Placement.write(x, PageSetup.TEXT_WIDTH, NOMINAL_HEIGHT, false);
    padding(x, "hp:inMargin");
    x.open("hp:tr");
    x.open("hp:tc")
        .attr("name", "")
        .attr("header", false)
        .attr("hasMargin", true)
        .attr("protect", false)
        .attr("editable", false)
        .attr("dirty", false)
        .attr("borderFillIDRef", frame.id());
    p.subList("TOP", 0, 0);
    if (warning && b.statusText() != null && !b.statusText().isEmpty()) {
      p.plain(Look.Style.BODY, Look.Para.BOX_TITLE, Look.Char.WARNING, false, b.statusText());
    }
    if (b.title() != null && !b.title().isEmpty()) {
      p.plain(Look.Style.BODY, Look.Para.BOX_TITLE, Look.Char.BOX_TITLE, false, b.title());
    }
    content.accept(b.content());
    if (b.content().isEmpty() && (b.title() == null || b.title().isEmpty())) {
      // A cell holds at least one paragraph.
      p.plain(Look.Style.BODY, Look.Para.BODY, Look.Char.BODY, false, "");
    }
    x.close(); // subList
    x.empty("hp:cellAddr", "colAddr", "0", "rowAddr", "0");
    x.empty("hp:cellSpan", "colSpan", "1", "rowSpan", "1");
    x.empty(
        "hp:cellSz",
        "width",
        Integer.toString(PageSetup.TEXT_WIDTH),
        "height",
        Integer.toString(NOMINAL_HEIGHT));
    padding(x, "hp:cellMargin");
    x.close(); // tc
    x.close(); // tr
    x.close(); // tbl
    x.empty("hp:t");
    x.close(); // run
    p.end();
    p.plain(Look.Style.NORMAL, Look.Para.BOX_GAP, Look.Char.SMALL, false, "");
  }

  private static void padding(Xml x, String name) {
    String px = Integer.toString(PAD_X);
    String py = Integer.toString(PAD_Y);
    x.empty(name, "left", px, "right", px, "top", py, "bottom", py);
  }
}
