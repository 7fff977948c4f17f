package org.policyreport.report.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;

/**
 * Type size and column widths of a table, measured with the embedded font. Cells without letters
 * (numbers, stars, standard errors in parentheses, "1, 16") never wrap: their columns get their
 * full width first; text columns share what is left in proportion to how much more than their
 * longest word they would like. A table whose unbreakable parts do not fit is set in smaller type.
 * Decimal cells are lined up on the decimal point and the block of numbers is centred in its
 * column: each cell is right-aligned with a right padding that centres the widest integer part plus
 * the widest fraction-and-suffix, and makes up for a shorter fraction-and-suffix than the widest.
 */
final class ColumnWidths {
  static final float PAD_LEFT = 4f;
  static final float PAD_RIGHT = 5f;
  private static final float LARGEST = Layout.TABLE;
  private static final float WIDE_TABLE = 8.5f;
  private static final float SMALLEST = 6.5f;
  private static final int WIDE_COLUMNS = 7;
  private static final float ROOMY = 0.5f;
  private static final float ROOM_STEP = 1f;

  private final float size;
  private final float[] widths;
  private final float[] heads;
  private final float[] tails;
  private final BaseFont regular;
  private final BaseFont bold;

  private ColumnWidths(float size, float[] widths, Measured m, BaseFont regular, BaseFont bold) {
    this.size = size;
    this.widths = widths;
    this.heads = m.head;
    this.tails = m.tail;
    this.regular = regular;
    this.bold = bold;
  }

  static ColumnWidths of(Table t, int columns, float available, PdfFonts fonts) {
    BaseFont regular = fonts.regular(LARGEST).getBaseFont();
    BaseFont bold = fonts.bold(LARGEST).getBaseFont();
    float size = columns >= WIDE_COLUMNS ? WIDE_TABLE : LARGEST;
    ColumnWidths best = null;
    for (; size >= SMALLEST - 0.01f; size -= 0.5f) {
      best = attempt(t, columns, available, size, regular, bold);
      if (best != null) {
        return best;
      }
    }
    return squeezed(t, columns, available, SMALLEST, regular, bold);
  }

  float size() {
    return size;
  }

  float[] widths() {
    return widths.clone();
  }

  /** Right padding that puts this cell's decimal point under the others in its column. */
  float rightPadding(Cell c, int column, boolean header) {
    if (header || c.align() != Cell.Align.DECIMAL || c.colSpan() != 1 || column >= tails.length) {
      return PAD_RIGHT;
    }
    BaseFont f = c.bold() ? bold : regular;
    float spare = widths[column] - PAD_LEFT - PAD_RIGHT - 1f - heads[column] - tails[column];
    return PAD_RIGHT + Math.max(0f, spare / 2) + Math.max(0f, tails[column] - f.getWidthPoint(tail(c.text()), size));
  }

  /** The part of a number from its decimal point on (fraction, stars, closing parenthesis). */
  static String tail(String text) {
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
  static boolean unbreakable(Cell c) {
    String s = c.text();
    if (s == null || s.isEmpty()) {
      return false;
    }
    if (c.isNumeric()) {
      return true;
    }
    return s.codePoints().noneMatch(Character::isLetter);
  }

  private static ColumnWidths attempt(Table t, int columns, float available, float size,
      BaseFont regular, BaseFont bold) {
    Measured m = measure(t, columns, size, regular, bold);
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
    return new ColumnWidths(size, w, m, regular, bold);
  }

  private static ColumnWidths squeezed(Table t, int columns, float available, float size,
      BaseFont regular, BaseFont bold) {
    Measured m = measure(t, columns, size, regular, bold);
    float minSum = sum(m.min);
    float[] w = new float[columns];
    for (int i = 0; i < columns; i++) {
      w[i] = m.min[i] * available / minSum;
    }
    return new ColumnWidths(size, w, m, regular, bold);
  }

  private record Measured(float[] min, float[] pref, float[] head, float[] tail) {}

  private static Measured measure(Table t, int columns, float size, BaseFont regular, BaseFont bold) {
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
          BaseFont f = header || c.bold() ? bold : regular;
          String text = c.text() == null ? "" : c.text();
          float full = 0;
          float word = 0;
          for (String line : text.split("\n", -1)) {
            full = Math.max(full, f.getWidthPoint(line, size));
            for (String piece : line.split("[ \u00A0/]+|(?<=[-–—])")) {
              word = Math.max(word, f.getWidthPoint(piece, size));
            }
          }
          if (!header && c.align() == Cell.Align.DECIMAL) {
            float tw = f.getWidthPoint(tail(text), size);
            head[col] = Math.max(head[col], full - tw);
            tail[col] = Math.max(tail[col], tw);
          }
          min[col] = Math.max(min[col], !header && unbreakable(c) ? full : word);
          pref[col] = Math.max(pref[col], full);
        }
        col += c.colSpan();
      }
    }
    float pads = PAD_LEFT + PAD_RIGHT + 1f;
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
