package org.policyreport.report.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Places content on the pages from the top down, on the writer's direct content, and wraps every
 * piece in a marked-content sequence of its structure element (or marks it as an artifact). OpenPDF
 * tags nothing that is added through {@code Document.add}, so the text goes through {@link
 * ColumnText} here and tables are written cell by cell.
 *
 * <p>Space before an element is dropped at the top of a page, as a word processor does. A framed
 * region (a box or a notice) gets its fill and border drawn under its content once its height is
 * known, on every page it runs over.
 */
final class Flow {
  /** How a table's rows and cells are tagged. */
  interface CellTags {
    /** The row element, or null when the row's cells hang directly from the table. */
    PdfStructureElement row(int row);

    /** The leaf element that holds the text of one cell. */
    PdfStructureElement cell(PdfStructureElement row, int rowIndex, int column, int span);
  }

  private final Document pdf;
  private final PdfWriter writer;
  private final Tags tags;
  private float y;
  private float left;
  private float right;
  private boolean fresh = true;
  private PdfStructureElement current;
  private PdfStructureElement linkTarget;
  private Frame frame;

  Flow(Document pdf, PdfWriter writer, Tags tags) {
    this.pdf = pdf;
    this.writer = writer;
    this.tags = tags;
    this.y = pdf.top();
    this.left = pdf.left();
    this.right = pdf.right();
  }

  Tags tags() {
    return tags;
  }

  float y() {
    return y;
  }

  /** Free height left on this page. */
  float room() {
    return y - pdf.bottom();
  }

  /** Nothing has been placed on this page yet. */
  boolean atTop() {
    return fresh;
  }

  float width() {
    return right - left;
  }

  void newPage() {
    ArrayDeque<Frame> open = new ArrayDeque<>();
    for (Frame f = frame; f != null; f = f.outer) {
      f.draw(Math.max(pdf.bottom(), y - f.padBottom));
      open.push(f);
    }
    pdf.newPage();
    y = pdf.top();
    fresh = true;
    // Open frames go on over the new page, the outermost first.
    for (Frame f : open) {
      f.top = y;
      y -= f.padTop;
    }
  }

  /** Moves down by {@code points} unless at the top of the page. */
  void space(float points) {
    if (!fresh) {
      y -= points;
    }
  }

  /** Text (a paragraph) as the content of the leaf {@code leaf}; it runs over pages as needed. */
  void text(Paragraph p, PdfStructureElement leaf) {
    column(p, p.getSpacingBefore(), leaf);
  }

  /** A rule or other decoration drawn as a paragraph, marked as an artifact. */
  void decoration(Paragraph p) {
    column(p, p.getSpacingBefore(), null);
  }

  private void column(Element e, float before, PdfStructureElement leaf) {
    space(before);
    ColumnText ct = new ColumnText(writer.getDirectContent());
    ct.addElement(e);
    while (true) {
      boolean wasFresh = fresh;
      PdfContentByte cb = writer.getDirectContent();
      ct.setSimpleColumn(left, pdf.bottom(), right, y);
      begin(cb, leaf);
      int status;
      try {
        status = ct.go();
      } catch (DocumentException ex) {
        throw new IllegalStateException("text cannot be laid out", ex);
      }
      end(cb);
      if (ct.getLinesWritten() > 0 || !ColumnText.hasMoreText(status)) {
        fresh = false;
      }
      y = ct.getYLine();
      if (!ColumnText.hasMoreText(status) || (wasFresh && ct.getLinesWritten() == 0)) {
        // Done, or not even one line fits on an empty page: stop rather than loop.
        return;
      }
      newPage();
    }
  }

  private void begin(PdfContentByte cb, PdfStructureElement leaf) {
    current = leaf;
    if (leaf == null) {
      Tags.beginArtifact(cb, Tags.LAYOUT);
    } else {
      Tags.begin(cb, leaf);
    }
  }

  private void end(PdfContentByte cb) {
    Tags.end(cb);
    current = null;
  }

  /**
   * A list item: its label at {@code labelX} on the first line, its text as the body. The label is
   * drawn first, so the item starts on the next page unless its first line fits here.
   */
  void item(
      Chunk label,
      float labelX,
      Paragraph body,
      PdfStructureElement lbl,
      PdfStructureElement bodyLeaf) {
    space(body.getSpacingBefore());
    if (room() < body.getLeading() + 2f) {
      newPage();
    }
    PdfContentByte cb = writer.getDirectContent();
    Tags.begin(cb, lbl);
    ColumnText.showTextAligned(
        cb, Element.ALIGN_LEFT, new Phrase(label), left + labelX, y - body.getLeading(), 0);
    Tags.end(cb);
    column(body, 0f, bodyLeaf);
  }

  /** An image (a chart drawn as a form) centred, tagged as {@code leaf}. */
  void image(Image image, float before, float after, PdfStructureElement leaf) {
    space(before);
    float h = image.getScaledHeight();
    if (room() < h && !fresh) {
      newPage();
    }
    image.setAbsolutePosition(left + (width() - image.getScaledWidth()) / 2, y - h);
    PdfContentByte cb = writer.getDirectContent();
    Tags.begin(cb, leaf);
    try {
      cb.addImage(image);
    } catch (DocumentException e) {
      throw new IllegalStateException("a figure cannot be placed", e);
    }
    Tags.end(cb);
    y -= h + after;
    fresh = false;
  }

  /**
   * A table, cell by cell: header rows at the top of every page it runs over (tagged on the first,
   * artifacts after), whole rows, each cell's fill and rules as artifacts and its text as the leaf
   * that {@code cells} gives.
   */
  void table(PdfPTable grid, CellTags cells) {
    grid.setTotalWidth(width());
    grid.setLockedWidth(true);
    space(grid.spacingBefore());
    int head = grid.getHeaderRows();
    int r = head;
    boolean first = true;
    while (true) {
      for (int h = 0; h < head; h++) {
        row(grid, h, first ? cells : null);
      }
      boolean any = false;
      while (r < grid.size() && (y - grid.getRowHeight(r) >= pdf.bottom() || !any && fresh)) {
        row(grid, r, cells);
        r++;
        any = true;
      }
      fresh = false;
      if (r >= grid.size()) {
        break;
      }
      newPage();
      first = false;
    }
    y -= grid.spacingAfter();
  }

  private void row(PdfPTable grid, int r, CellTags cells) {
    PdfContentByte cb = writer.getDirectContent();
    float[] widths = grid.getAbsoluteWidths();
    PdfPRow row = grid.getRow(r);
    PdfPCell[] all = row.getCells();
    PdfStructureElement tr = cells == null ? null : cells.row(r);
    float x = left;
    for (int c = 0; c < all.length; c++) {
      PdfPCell cell = all[c];
      if (cell == null) {
        x += widths[c];
        continue;
      }
      int span = Math.max(1, Math.min(cell.getColspan(), all.length - c));
      PdfContentByte[] canvases = {
        cb.getDuplicate(), cb.getDuplicate(), cb.getDuplicate(), cb.getDuplicate()
      };
      // The cell's element is opened before its text is laid out: links in it need the element.
      PdfStructureElement leaf = cells == null ? null : cells.cell(tr, r, c, span);
      PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
      begin(text, leaf);
      grid.writeSelectedRows(c, c + span, r, r + 1, x, y, canvases);
      end(text);
      Tags.beginArtifact(cb, Tags.LAYOUT);
      cb.add(canvases[PdfPTable.BASECANVAS]);
      cb.saveState();
      cb.add(canvases[PdfPTable.BACKGROUNDCANVAS]);
      cb.restoreState();
      cb.saveState();
      cb.setLineCap(2);
      cb.resetRGBColorStroke();
      cb.add(canvases[PdfPTable.LINECANVAS]);
      cb.restoreState();
      Tags.end(cb);
      cb.add(text);
      for (int k = c; k < c + span; k++) {
        x += widths[k];
      }
      c += span - 1;
    }
    y -= grid.getRowHeight(r);
  }

  /** Starts a framed region: fill and border as {@code style}, content inset by the paddings. */
  void beginFrame(
      Rectangle style, float before, float padLeft, float padRight, float padTop, float padBottom) {
    space(before);
    frame = new Frame(frame, style, y, left, right, padTop, padBottom);
    left += padLeft;
    right -= padRight;
    y -= padTop;
  }

  void endFrame(float after) {
    y -= frame.padBottom;
    frame.draw(y);
    left = frame.left;
    right = frame.right;
    frame = frame.outer;
    y -= after;
    fresh = false;
  }

  /** Link annotations come through here: the generic tag of a chunk that links to {@code dest}. */
  void link(Rectangle where, String dest, String description) {
    PdfAnnotation a =
        new PdfAnnotation(
            writer,
            where.getLeft(),
            where.getBottom(),
            where.getRight(),
            where.getTop(),
            PdfAction.gotoLocalPage(dest, false));
    a.setFlags(PdfAnnotation.FLAGS_PRINT);
    a.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
    PdfStructureElement target = linkTarget;
    if (target == null) {
      target = Tags.add(linkParent(), PdfName.LINK);
    }
    tags.annotation(target, a);
    writer.addAnnotation(a);
  }

  /** Links made while writing the next content belong to {@code link} (e.g. a contents entry). */
  void linkInto(PdfStructureElement link) {
    linkTarget = link;
  }

  /** A link inside running text becomes a Link element beside the text's element. */
  private PdfStructureElement linkParent() {
    PdfStructureElement e = current;
    while (e != null) {
      if (e.getParent() instanceof PdfStructureElement p && !holdsOnlyStructure(p)) {
        return p;
      }
      e = e.getParent() instanceof PdfStructureElement p ? p : null;
    }
    return tags.document();
  }

  /** Elements whose children are restricted (list items, table rows) cannot hold a Link. */
  private static boolean holdsOnlyStructure(PdfStructureElement e) {
    PdfObject s = e.get(PdfName.S);
    return PdfName.LI.equals(s)
        || PdfName.L.equals(s)
        || Tags.TR.equals(s)
        || PdfName.TABLE.equals(s)
        || PdfName.TOC.equals(s)
        || PdfName.TOCI.equals(s);
  }

  /**
   * The fill and border of a framed region, drawn under the content of each page it covers. A frame
   * inside another (a notice in a box) is drawn after the outer one, so that it shows on top.
   */
  private final class Frame {
    final Frame outer;
    final List<Rectangle> inner = new ArrayList<>();
    final Rectangle style;
    final float left;
    final float right;
    final float padTop;
    final float padBottom;
    float top;

    Frame(
        Frame outer,
        Rectangle style,
        float top,
        float left,
        float right,
        float padTop,
        float padBottom) {
      this.outer = outer;
      this.style = style;
      this.top = top;
      this.left = left;
      this.right = right;
      this.padTop = padTop;
      this.padBottom = padBottom;
    }

    void draw(float bottom) {
      Rectangle r = new Rectangle(left, bottom, right, top);
      r.cloneNonPositionParameters(style);
      List<Rectangle> all = new ArrayList<>();
      all.add(r);
      all.addAll(inner);
      inner.clear();
      if (outer != null) {
        outer.inner.addAll(all);
        return;
      }
      PdfContentByte under = writer.getDirectContentUnder();
      Tags.beginArtifact(under, Tags.LAYOUT);
      for (Rectangle each : all) {
        under.rectangle(each);
      }
      Tags.end(under);
    }
  }
}
