package org.policyreport.report.render.hwpx;

import java.util.List;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.render.ColumnFit;
import org.policyreport.report.render.TextWidths;

/**
 * Tables: the caption above, an hp:tbl whose header rows repeat on every page it runs over, and the
 * note and source lines below. Column widths and the type size come from {@link ColumnFit}, as in
 * the other renderers; cell text is the model's already formatted text, numbers lined up on the
 * decimal point. Regression tables have horizontal rules only; data tables a full grid with a
 * shaded header.
 */
final class Tables {
  /** Inner left and right margin of a cell. */
  static final int CELL_MARGIN_X = 510;

  static final int CELL_MARGIN_Y = 141;
  private static final float LARGEST = 9.5f;

  private Tables() {}

  static void write(Paragraphs p, Ids ids, Table t, Vocabulary v, boolean pageBreak) {
    String caption =
        (t.label() == null ? "" : t.label() + " ") + (t.caption() == null ? "" : t.caption());
    p.plain(Look.Style.CAPTION, Look.Para.TABLE_CAPTION, Look.Char.CAPTION, pageBreak, caption);

    int n = t.columnCount();
    ColumnFit fit =
        ColumnFit.of(
            t,
            n,
            PageSetup.TEXT_WIDTH / 100f,
            2 * CELL_MARGIN_X / 100f,
            LARGEST,
            TextWidths.embedded());
    int[] widths = widths(fit.widths());
    List<Row> rows = new java.util.ArrayList<>(t.header());
    rows.addAll(t.body());
    int[] heights = new int[rows.size()];
    int total = 0;
    for (int r = 0; r < rows.size(); r++) {
      heights[r] = height(rows.get(r), widths, fit.size(), r < t.header().size());
      total += heights[r];
    }

    Xml x = p.xml();
    p.begin(Look.Style.NORMAL, Look.Para.CELL_CENTER, false);
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
        .attr("repeatHeader", true)
        .attr("rowCnt", rows.size())
        .attr("colCnt", n)
        .attr("cellSpacing", 0)
        .attr("borderFillIDRef", Look.Border.TABLE_EDGE.id())
        .attr("noAdjust", false);
    Placement.write(x, PageSetup.TEXT_WIDTH, total, false);
    margins(x, "hp:inMargin");
    for (int r = 0; r < rows.size(); r++) {
      boolean header = r < t.header().size();
      Row row = rows.get(r);
      x.open("hp:tr");
      int col = 0;
      for (Cell c : row.cells()) {
        int span = Math.min(c.colSpan(), n - col);
        int w = 0;
        for (int k = col; k < col + span; k++) {
          w += widths[k];
        }
        int decimal = Math.round(fit.decimalOffset(c, col, header) * 100);
        cell(p, c, header, border(t, rows, r), fit.size(), col, r, span, w, heights[r], decimal);
        col += span;
      }
      x.close();
    }
    x.close(); // tbl
    x.empty("hp:t");
    x.close(); // run
    p.end();
    notes(p, t.notes(), t.source(), v);
  }

  private static void cell(
      Paragraphs p,
      Cell c,
      boolean header,
      Look.Border border,
      float size,
      int col,
      int row,
      int span,
      int width,
      int height,
      int decimal) {
    Xml x = p.xml();
    x.open("hp:tc")
        .attr("name", "")
        .attr("header", header)
        .attr("hasMargin", decimal > 0)
        .attr("protect", false)
        .attr("editable", false)
        .attr("dirty", false)
        .attr("borderFillIDRef", border.id());
    p.subList("CENTER", 0, 0);
    p.plain(
        Look.Style.TABLE_TEXT,
        align(c, header),
        Look.Char.table(size, header || c.bold()),
        false,
        c.text());
    x.close();
    x.empty("hp:cellAddr", "colAddr", Integer.toString(col), "rowAddr", Integer.toString(row));
    x.empty("hp:cellSpan", "colSpan", Integer.toString(span), "rowSpan", "1");
    x.empty("hp:cellSz", "width", Integer.toString(width), "height", Integer.toString(height));
    // A decimal cell is right-aligned with a wider right margin that lines its decimal point up
    // with the others and centres the block of numbers in the column, as in the other documents.
    String mx = Integer.toString(CELL_MARGIN_X);
    String my = Integer.toString(CELL_MARGIN_Y);
    x.empty(
        "hp:cellMargin",
        "left",
        mx,
        "right",
        Integer.toString(CELL_MARGIN_X + decimal),
        "top",
        my,
        "bottom",
        my);
    x.close();
  }

  private static void margins(Xml x, String name) {
    String mx = Integer.toString(CELL_MARGIN_X);
    String my = Integer.toString(CELL_MARGIN_Y);
    x.empty(name, "left", mx, "right", mx, "top", my, "bottom", my);
  }

  private static Look.Para align(Cell c, boolean header) {
    if (header) {
      return Look.Para.CELL_CENTER;
    }
    switch (c.align()) {
      case CENTER:
        return Look.Para.CELL_CENTER;
      case RIGHT:
      case DECIMAL:
        return Look.Para.CELL_RIGHT;
      default:
        return Look.Para.CELL_LEFT;
    }
  }

  private static Look.Border border(Table t, List<Row> rows, int r) {
    int headers = t.header().size();
    boolean header = r < headers;
    boolean ruleAbove = !header && rows.get(r).ruleAbove();
    if (t.kind() == Table.Kind.REGRESSION) {
      int top = r == 0 ? 2 : ruleAbove || r == headers ? 1 : 0;
      int bottom = r == rows.size() - 1 ? 2 : r == headers - 1 ? 1 : 0;
      return Look.Border.rules(top, bottom);
    }
    if (header) {
      return Look.Border.GRID_HEADER;
    }
    return ruleAbove ? Look.Border.GRID_RULE : Look.Border.GRID;
  }

  /** Column widths in HWPUNIT that add up to the text width exactly. */
  private static int[] widths(float[] points) {
    int[] w = new int[points.length];
    float sum = 0;
    for (float f : points) {
      sum += f;
    }
    int used = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.round(points[i] / sum * PageSetup.TEXT_WIDTH);
      used += w[i];
    }
    w[w.length - 1] += PageSetup.TEXT_WIDTH - used;
    return w;
  }

  /**
   * A row's height from the lines its longest cell needs. Hangul grows a row to fit its text on
   * opening; the estimate keeps the stored table size close to what it will show.
   */
  private static int height(Row row, int[] widths, float size, boolean header) {
    int lines = 1;
    int col = 0;
    for (Cell c : row.cells()) {
      int span = Math.min(c.colSpan(), widths.length - col);
      int w = 0;
      for (int k = col; k < col + span; k++) {
        w += widths[k];
      }
      float room = (w - 2 * CELL_MARGIN_X) / 100f;
      float text = TextWidths.embedded().width(c.text(), header || c.bold(), size);
      lines = Math.max(lines, (int) Math.ceil(text / Math.max(1f, room)));
      col += span;
    }
    return Math.round(lines * size * 130) + 2 * CELL_MARGIN_Y;
  }

  /** Note lines ("Note: ...") and the source line under a table or figure. */
  static void notes(Paragraphs p, List<String> notes, String source, Vocabulary v) {
    boolean hasSource = source != null && !source.isEmpty();
    int lines = notes.size() + (hasSource ? 1 : 0);
    int written = 0;
    for (int i = 0; i < notes.size(); i++) {
      written++;
      p.plain(
          Look.Style.NOTE,
          written == lines ? Look.Para.NOTE_LAST : Look.Para.NOTE,
          Look.Char.SMALL,
          false,
          (i == 0 ? v.notePrefix() : "") + notes.get(i));
    }
    if (hasSource) {
      p.plain(
          Look.Style.NOTE, Look.Para.NOTE_LAST, Look.Char.SMALL, false, v.sourcePrefix() + source);
    }
    if (lines == 0) {
      p.plain(Look.Style.NOTE, Look.Para.BOX_GAP, Look.Char.SMALL, false, "");
    }
  }
}
