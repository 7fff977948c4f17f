package org.policyreport.report.render;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;

/**
 * Type size and column widths of a table, measured with the embedded font's advance widths (shared
 * by the PDF and Word renderers, so both set a table alike). Cells without letters (numbers, stars,
 * standard errors in parentheses, "1, 16") never wrap: their columns get their full width first;
 * text columns share what is left in proportion to how much more than their longest word they would
 * like. A table whose unbreakable parts do not fit is set in smaller type. Decimal cells are lined
 * up on the decimal point and the block of numbers is centred in its column: each cell is
 * right-aligned with a right padding that centres the widest integer part plus the widest
 * fraction-and-suffix, and makes up for a shorter fraction-and-suffix than the widest.
 */
public final class ColumnFit {
  private static final float WIDE_TABLE = 8.5f;
  private static final float SMALLEST = 6.5f;
  private static final int WIDE_COLUMNS = 7;
  private static final float ROOMY = 0.5f;
  private static final float ROOM_STEP = 1f;

  private final float size;
  private final float[] widths;
  private final float[] heads;
  private final float[] tails;
  private final float pads;
  private final TextWidth measure;

  /** Advance width in points of a text at a type size. */
  public interface TextWidth {
    float width(String text, boolean bold, float size);
  }

  private ColumnFit(float size, float[] widths, Measured m, float pads, TextWidth measure) {
    this.size = size;
    this.widths = widths;
    this.heads = m.head;
    this.tails = m.tail;
    this.pads = pads;
    this.measure = measure;
  }

  /**
   * @param available width of the table, points
   * @param pads left plus right inner margin of a cell, points
   * @param largest the type size of a table that fits at it
   */
  public static ColumnFit of(
      Table t, int columns, float available, float pads, float largest, TextWidth measure) {
    float size = columns >= WIDE_COLUMNS ? Math.min(largest, WIDE_TABLE) : largest;
    for (; size >= SMALLEST - 0.01f; size -= 0.5f) {
      ColumnFit best = attempt(t, columns, available, pads, size, measure);
      if (best != null) {
        return best;
      }
    }
    return squeezed(t, columns, available, pads, SMALLEST, measure);
  }

  public float size() {
    return size;
  }

  public float[] widths() {
    return widths.clone();
  }

  /**
   * Space to leave right of a decimal cell's text, within the cell's margins, so that its decimal
   * point lines up with the others and the block of numbers is centred in the column; 0 for other
   * cells.
   */
  public float decimalOffset(Cell c, int column, boolean header) {
    if (header || c.align() != Cell.Align.DECIMAL || c.colSpan() != 1 || column >= tails.length) {
      return 0f;
    }
    return centring(column)
        + Math.max(0f, tails[column] - measure.width(tail(c.text()), c.bold(), size));
  }

  /** Space between the cell margin and the block of decimal numbers on each side. */
  public float centring(int column) {
    return Math.max(0f, (widths[column] - pads - 1f - heads[column] - tails[column]) / 2);
  }

  /** Widest integer part of the decimal cells in a column, points. */
  public float head(int column) {
    return heads[column];
  }

  /** Widest fraction-and-suffix of the decimal cells in a column, points. */
  public float tail(int column) {
    return tails[column];
  }

  /** The part of a number from its decimal point on (fraction, stars, closing parenthesis). */
  public static String tail(String text) {
    if (text == null) {
      return "";
    }
    for (int i = text.length() - 2; i >= 0; i--) {
      if (text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
        return text.substring(i);
      }
    }
    int end = text.length();
    while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    return end == 0 ? "" : text.substring(end);
  }

  /** A cell that must stay on one line: it has no letters, so breaking it would split a number. */
  public static boolean unbreakable(Cell c) {
    String s = c.text();
    if (s == null || s.isEmpty()) {
      return false;
    }
    if (c.isNumeric()) {
      return true;
    }
    return s.codePoints().noneMatch(Character::isLetter);
  }

  private static ColumnFit attempt(
      Table t, int columns, float available, float pads, float size, TextWidth measure) {
    Measured m = measure(t, columns, size, pads, measure);
    float minSum = sum(m.min);
    if (minSum > available) {
      return null;
    }
    float prefSum = sum(m.pref);
    float[] w = new float[columns];
    if (prefSum <= available) {
      for (int i = 0; i < columns; i++) {
        w[i] = m.pref[i] + (available - prefSum) * m.pref[i] / prefSum;
      }
    } else {
      float want = prefSum - minSum;
      if ((available - minSum) / want < ROOMY && size > SMALLEST + ROOM_STEP) {
        // Text columns would get less than half the room they want: smaller type first.
        return null;
      }
      for (int i = 0; i < columns; i++) {
        w[i] = m.min[i] + (available - minSum) * (m.pref[i] - m.min[i]) / want;
      }
    }
    return new ColumnFit(size, w, m, pads, measure);
  }

  private static ColumnFit squeezed(
      Table t, int columns, float available, float pads, float size, TextWidth measure) {
    Measured m = measure(t, columns, size, pads, measure);
    float minSum = sum(m.min);
    float[] w = new float[columns];
    for (int i = 0; i < columns; i++) {
      w[i] = m.min[i] * available / minSum;
    }
    return new ColumnFit(size, w, m, pads, measure);
  }

  private record Measured(float[] min, float[] pref, float[] head, float[] tail) {}

  private static Measured measure(
      Table t, int columns, float size, float cellPads, TextWidth measure) {
    float[] min = new float[columns];
    float[] pref = new float[columns];
    float[] head = new float[columns];
    float[] tail = new float[columns];
    List<Row> rows = new ArrayList<>(t.header());
    rows.addAll(t.body());
    int headerRows = t.header().size();
    for (int r = 0; r < rows.size(); r++) {
      boolean header = r < headerRows;
      int col = 0;
      for (Cell c : rows.get(r).cells()) {
        if (col >= columns) {
          break;
        }
        if (c.colSpan() == 1) {
          boolean b = header || c.bold();
          String text = c.text() == null ? "" : c.text();
          float full = 0;
          float word = 0;
          for (String line : text.split("\n", -1)) {
            full = Math.max(full, measure.width(line, b, size));
            for (String piece : line.split("[ \u00A0/]+|(?<=[-–—])")) {
              word = Math.max(word, measure.width(piece, b, size));
            }
          }
          if (!header && c.align() == Cell.Align.DECIMAL) {
            float tw = measure.width(tail(text), b, size);
            head[col] = Math.max(head[col], full - tw);
            tail[col] = Math.max(tail[col], tw);
          }
          min[col] = Math.max(min[col], !header && unbreakable(c) ? full : word);
          pref[col] = Math.max(pref[col], full);
        }
        col += c.colSpan();
      }
    }
    float pads = cellPads + 1f;
    for (int i = 0; i < columns; i++) {
      min[i] = Math.max(min[i], head[i] + tail[i]) + pads;
      pref[i] = Math.max(Math.max(pref[i], head[i] + tail[i]) + pads, min[i]);
    }
    return new Measured(min, pref, head, tail);
  }

  private static float sum(float[] a) {
    float s = 0;
    for (float v : a) {
      s += v;
    }
    return s;
  }
}
