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

  /** Footnotes of the blocks placed so far that are not yet printed, in order of their numbers. */
  private final List<Footnote> footnotes = new ArrayList<>();

  /** Space above the footnote rule, and between the rule and the first note, points. */
  private static final float NOTE_GAP_ABOVE = 8f;

  private static final float NOTE_GAP_BELOW = 5f;

  /**
   * A footnote: its text, its height at the text width, and whether its marker has been placed (on
   * the current page, since notes whose markers are placed are printed before the page changes).
   */
  private static final class Footnote {
    final String anchor;
    final Paragraph text;
    final float height;
    boolean called;

    Footnote(String anchor, Paragraph text, float height) {
      this.anchor = anchor;
      this.text = text;
      this.height = height;
    }
  }

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

  /** Free height left on this page, above the space kept for footnotes. */
  float room() {
    return y - bottom();
  }

  /**
   * The lowest point content may reach on this page: the page's bottom margin, raised by the height
   * of every footnote whose block has been given but that is not yet printed. Notes are announced
   * before their block is placed, so their space is there before their marker is.
   */
  private float bottom() {
    if (footnotes.isEmpty()) {
      return pdf.bottom();
    }
    float h = NOTE_GAP_ABOVE + NOTE_GAP_BELOW;
    for (Footnote n : footnotes) {
      h += n.height;
    }
    return pdf.bottom() + h;
  }

  /**
   * Footnotes of the block placed next: {@code anchor} is the destination their marker links to,
   * {@code text} the note as printed at the foot of the page where the marker lands.
   */
  void footnote(String anchor, Paragraph text) {
    footnotes.add(new Footnote(anchor, text, Measure.height((Element) text)));
  }

  /** Prints the notes whose markers are on this page at its foot, under a short rule. */
  private void printFootnotes(boolean all) {
    List<Footnote> due = new ArrayList<>();
    for (Footnote n : footnotes) {
      if (n.called || all) {
        due.add(n);
      }
    }
    if (due.isEmpty()) {
      return;
    }
    float h = NOTE_GAP_BELOW;
    for (Footnote n : due) {
      h += n.height;
    }
    float top = Math.min(pdf.bottom() + h, y - NOTE_GAP_ABOVE);
    PdfContentByte cb = writer.getDirectContent();
    Tags.beginArtifact(cb, Tags.LAYOUT);
    cb.saveState();
    cb.setColorStroke(Layout.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(pdf.left(), top);
    cb.lineTo(pdf.left() + (pdf.right() - pdf.left()) * 0.3f, top);
    cb.stroke();
    cb.restoreState();
    Tags.end(cb);
    float at = top - NOTE_GAP_BELOW;
    for (Footnote n : due) {
      PdfStructureElement note = Tags.add(tags.document(), PdfName.NOTE);
      Tags.id(note, n.anchor);
      ColumnText ct = new ColumnText(cb);
      ct.addElement(n.text);
      // Notes may run below the bottom margin into the footer's space rather than be lost.
      ct.setSimpleColumn(pdf.left(), pdf.bottom() - 24f, pdf.right(), at);
      Tags.begin(cb, note);
      try {
        ct.go();
      } catch (DocumentException ex) {
        throw new IllegalStateException("a footnote cannot be laid out", ex);
      }
      Tags.end(cb);
      at = ct.getYLine();
    }
    footnotes.removeAll(due);
  }

  /** Prints the notes still waiting: the last page's, and any whose marker was never placed. */
  void finish() {
    printFootnotes(true);
  }

  /** Nothing has been placed on this page yet. */
  boolean atTop() {
    return fresh;
  }

  float width() {
    return right - left;
  }

  void newPage() {
    printFootnotes(false);
    ArrayDeque<Frame> open = new ArrayDeque<>();
    for (Frame f = frame; f != null; f = f.outer) {
      f.draw(Math.max(bottom(), y - f.padBottom));
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

  /** Starts a new page unless {@code height} points fit on this one or it is empty. */
  void keep(float height) {
    if (room() < height && !fresh) {
      newPage();
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
      float floor = leaf == null ? bottom() : unbroken(ct, bottom());
      if (Float.isNaN(floor)) {
        newPage();
        continue;
      }
      ct.setSimpleColumn(left, floor, right, y);
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

  /**
   * The lowest point the text of {@code ct} may reach on this page so that a paragraph broken here
   * leaves at least two of its lines on each page: one line that would stand alone at the foot (an
   * orphan) goes over with the rest, and a last line that would stand alone at the top of the next
   * page (a widow) takes a line of this page with it. Found by laying the text out on copies
   * without writing anything. Not a number when the whole text goes to the next page.
   */
  private float unbroken(ColumnText ct, float floor) {
    if (fresh) {
      return floor;
    }
    ColumnText here = ColumnText.duplicate(ct);
    here.setSimpleColumn(left, floor, right, y);
    int status = simulate(here);
    int lines = here.getLinesWritten();
    if (!ColumnText.hasMoreText(status) || lines == 0) {
      return floor;
    }
    ColumnText rest = ColumnText.duplicate(here);
    rest.setSimpleColumn(left, floor - 10_000f, right, here.getYLine());
    simulate(rest);
    int after = rest.getLinesWritten();
    if (lines == 1 || (lines == 2 && after == 1)) {
      return Float.NaN;
    }
    if (after == 1) {
      // One line less here: the last line written in the simulation no longer fits.
      return here.getYLine() + 0.5f;
    }
    return floor;
  }

  private static int simulate(ColumnText ct) {
    try {
      return ct.go(true);
    } catch (DocumentException ex) {
      throw new IllegalStateException("text cannot be laid out", ex);
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
    ColumnText probe = new ColumnText(writer.getDirectContent());
    probe.addElement(body);
    if (room() < body.getLeading() + 2f || Float.isNaN(unbroken(probe, bottom()))) {
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
    table(grid, new boolean[0], null, cells);
  }

  /**
   * A table whose row {@code r} stays on the page of row {@code r + 1} where {@code
   * keepWithNext[r]}, with {@code continued} (if not null) above the repeated header on each page
   * after the first, as an artifact.
   */
  void table(PdfPTable grid, boolean[] keepWithNext, Paragraph continued, CellTags cells) {
    grid.setTotalWidth(width());
    grid.setLockedWidth(true);
    space(grid.spacingBefore());
    int head = grid.getHeaderRows();
    int r = head;
    boolean first = true;
    while (true) {
      boolean top = fresh;
      if (!first && continued != null) {
        decoration(continued);
      }
      for (int h = 0; h < head; h++) {
        row(grid, h, first ? cells : null);
      }
      boolean any = false;
      while (r < grid.size()) {
        // Rows kept with the next one (a coefficient and its standard error) go over together.
        int end = r + 1;
        float h = grid.getRowHeight(r);
        while (end < grid.size() && end - 1 < keepWithNext.length && keepWithNext[end - 1]) {
          h += grid.getRowHeight(end);
          end++;
        }
        if (y - h < bottom() && (any || !top)) {
          break;
        }
        for (; r < end; r++) {
          row(grid, r, cells);
        }
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
    for (Footnote n : footnotes) {
      if (n.anchor.equals(dest)) {
        n.called = true;
      }
    }
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
