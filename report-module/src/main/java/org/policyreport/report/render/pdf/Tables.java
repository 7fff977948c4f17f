package org.policyreport.report.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.render.ColumnFit;
import org.policyreport.report.render.TextWidths;

/**
 * Tables: caption above (bold label, then the caption), header rows repeated on every page the
 * table runs over, notes and source in small type below. A regression table is ruled the academic
 * way (horizontal rules only: top, under the header, above marked rows, bottom); a data table gets
 * a tinted header and light rules between rows.
 */
final class Tables {
  private static final float HEAVY = 0.9f;
  private static final float THIN = 0.5f;
  private static final float PAD_LEFT = 4f;
  private static final float PAD_RIGHT = 5f;

  private final PdfFonts fonts;
  private final Inlines inlines;
  private final Vocabulary vocabulary;

  Tables(PdfFonts fonts, Inlines inlines, Vocabulary vocabulary) {
    this.fonts = fonts;
    this.inlines = inlines;
    this.vocabulary = vocabulary;
  }

  List<Element> elements(Table t) {
    List<Element> out = new ArrayList<>();
    out.add(caption(t));
    out.add(grid(t));
    out.addAll(notes(t.notes(), t.source()));
    return out;
  }

  /**
   * The table placed as Table > (Caption, TR > TH | TD); header cells have column scope, spanning
   * cells their span, and the notes and source follow as paragraphs.
   */
  Blocks.Built built(Table t) {
    List<Element> parts = elements(t);
    return new Blocks.Built(
        parts,
        (flow, parent) -> {
          PdfStructureElement table = Tags.add(parent, PdfName.TABLE);
          flow.text((Paragraph) parts.get(0), Tags.add(table, PdfName.CAPTION));
          PdfPTable grid = (PdfPTable) parts.get(1);
          int header = grid.getHeaderRows();
          boolean[] keep = new boolean[grid.size()];
          for (int r = 0; r < t.body().size() && header + r < keep.length; r++) {
            keep[header + r] = t.body().get(r).keepWithNext();
          }
          flow.table(
              grid,
              keep,
              continued(t),
              new Flow.CellTags() {
                @Override
                public PdfStructureElement row(int row) {
                  return Tags.add(table, Tags.TR);
                }

                @Override
                public PdfStructureElement cell(
                    PdfStructureElement row, int rowIndex, int column, int span) {
                  boolean head = rowIndex < header;
                  PdfStructureElement cell = Tags.add(row, head ? PdfName.TH : PdfName.TD);
                  if (head) {
                    Tags.tableAttribute(cell, Tags.SCOPE, Tags.COLUMN);
                  }
                  Tags.columnSpan(cell, span);
                  return cell;
                }
              });
          for (Element note : parts.subList(2, parts.size())) {
            flow.text((Paragraph) note, Tags.add(parent, PdfName.P));
          }
        });
  }

  Paragraph caption(Table t) {
    Paragraph p = new Paragraph(Layout.LEADING);
    p.setFont(fonts.bold(Layout.BODY));
    if (t.label() != null) {
      p.add(LineBreaks.chunk(t.label() + "  ", fonts.bold(Layout.BODY)));
    }
    p.add(LineBreaks.chunk(t.caption() == null ? "" : t.caption(), fonts.bold(Layout.BODY)));
    p.setSpacingBefore(14f);
    p.setSpacingAfter(4f);
    p.setKeepTogether(true);
    return p;
  }

  /** The caption repeated over the rows on each page after the first, marked as continued. */
  Paragraph continued(Table t) {
    Paragraph p = caption(t);
    p.add(LineBreaks.chunk(" " + vocabulary.continued(), fonts.regular(Layout.BODY, Layout.MUTED)));
    return p;
  }

  /** Note and source lines in small type, shared with figures. */
  List<Element> notes(List<String> notes, String source) {
    List<Element> out = new ArrayList<>();
    for (String n : notes) {
      out.add(small(vocabulary.notePrefix() + n));
    }
    if (source != null && !source.isBlank()) {
      out.add(small(vocabulary.sourcePrefix() + source));
    }
    if (!out.isEmpty()) {
      ((Paragraph) out.get(0)).setSpacingBefore(3f);
      ((Paragraph) out.get(out.size() - 1)).setSpacingAfter(10f);
    }
    return out;
  }

  private Paragraph small(String text) {
    Paragraph p =
        new Paragraph(
            Layout.SMALL_LEADING,
            LineBreaks.chunk(text, fonts.regular(Layout.SMALL, Layout.MUTED)));
    p.setIndentationLeft(2f);
    return p;
  }

  PdfPTable grid(Table t) {
    int columns = Math.max(1, t.columnCount());
    PdfPTable grid = new PdfPTable(columns);
    grid.setWidthPercentage(100);
    ColumnFit layout =
        ColumnFit.of(
            t,
            columns,
            Layout.TEXT_WIDTH,
            PAD_LEFT + PAD_RIGHT,
            Layout.TABLE,
            TextWidths.embedded());
    try {
      grid.setWidths(layout.widths());
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("table " + t.id() + " has inconsistent column widths", e);
    }
    grid.setHeaderRows(t.header().size());
    grid.setSplitLate(true);
    grid.setSplitRows(false);
    grid.setSpacingBefore(2f);
    grid.setSpacingAfter(2f);
    boolean regression = t.kind() == Table.Kind.REGRESSION;
    for (int r = 0; r < t.header().size(); r++) {
      boolean first = r == 0;
      boolean last = r == t.header().size() - 1;
      addRow(grid, layout, t.header().get(r), columns, true, regression, first, last, false);
    }
    for (int r = 0; r < t.body().size(); r++) {
      Row row = t.body().get(r);
      boolean first = r == 0 && t.header().isEmpty();
      addRow(
          grid,
          layout,
          row,
          columns,
          false,
          regression,
          first,
          r == t.body().size() - 1,
          row.ruleAbove());
    }
    return grid;
  }

  private void addRow(
      PdfPTable grid,
      ColumnFit layout,
      Row row,
      int columns,
      boolean header,
      boolean regression,
      boolean first,
      boolean last,
      boolean ruleAbove) {
    int used = 0;
    for (Cell c : row.cells()) {
      int span = Math.min(c.colSpan(), columns - used);
      if (span < 1) {
        break;
      }
      PdfPCell cell = cell(c, layout.size(), span, header, regression, first, last, ruleAbove);
      cell.setPaddingRight(PAD_RIGHT + layout.decimalOffset(c, used, header));
      if (!header && ColumnFit.unbreakable(c)) {
        cell.setNoWrap(true);
      }
      grid.addCell(cell);
      used += span;
    }
    if (used < columns) {
      // A short row is padded so the following rows stay in their columns.
      grid.addCell(
          cell(
              Cell.text(""),
              layout.size(),
              columns - used,
              header,
              regression,
              first,
              last,
              ruleAbove));
    }
  }

  private PdfPCell cell(
      Cell c,
      float size,
      int span,
      boolean header,
      boolean regression,
      boolean first,
      boolean last,
      boolean ruleAbove) {
    boolean bold = header || c.bold();
    Phrase phrase = inlines.plain(c.text(), size, size * 1.3f, Layout.INK, bold);
    PdfPCell cell = new PdfPCell(phrase);
    cell.setColspan(span);
    cell.setHorizontalAlignment(align(c, header));
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    cell.setPaddingLeft(PAD_LEFT);
    cell.setPaddingRight(PAD_RIGHT);
    cell.setPaddingTop(regression && !header ? 1.5f : 3f);
    cell.setPaddingBottom(regression && !header ? 2.5f : 4f);
    cell.setBorder(Rectangle.NO_BORDER);
    if (header && !regression) {
      cell.setBackgroundColor(Layout.HEADER_FILL);
    }
    if (first) {
      rule(cell, Rectangle.TOP, HEAVY, Layout.INK);
    } else if (ruleAbove) {
      rule(cell, Rectangle.TOP, THIN, Layout.RULE);
    }
    if (header && last) {
      rule(cell, Rectangle.BOTTOM, THIN, Layout.INK);
    } else if (!header && last) {
      rule(cell, Rectangle.BOTTOM, HEAVY, Layout.INK);
    } else if (!header && !regression) {
      rule(cell, Rectangle.BOTTOM, 0.3f, Layout.LIGHT_RULE);
    }
    return cell;
  }

  private static void rule(PdfPCell cell, int side, float width, Color color) {
    cell.enableBorderSide(side);
    if (side == Rectangle.TOP) {
      cell.setBorderWidthTop(width);
      cell.setBorderColorTop(color);
    } else {
      cell.setBorderWidthBottom(width);
      cell.setBorderColorBottom(color);
    }
  }

  private static int align(Cell c, boolean header) {
    switch (c.align()) {
      case CENTER:
        return Element.ALIGN_CENTER;
      case RIGHT:
      case DECIMAL:
        return Element.ALIGN_RIGHT;
      default:
        return header ? Element.ALIGN_CENTER : Element.ALIGN_LEFT;
    }
  }
}
