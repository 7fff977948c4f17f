package org.policyreport.report.render.pdf;

import java.util.Locale;
import java.util.TreeSet;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.TextDump;

/**
 * The characters of a document that the embedded font has no glyph for (emoji, Arabic, Hebrew,
 * ...): the PDF leaves them out, so the reader of the warning must learn which ones, in one line.
 */
final class MissingGlyphs {
  /** At most this many characters are listed; the count says how many there are. */
  private static final int LISTED = 12;

  private MissingGlyphs() {}

  /** One warning line naming the characters the font cannot draw, or null if it draws them all. */
  static String describe(Document document, PdfFonts fonts) {
    String text = TextDump.of(document);
    TreeSet<Integer> missing = new TreeSet<>();
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
        .filter(cp -> Character.getType(cp) != Character.FORMAT)
        .distinct()
        .filter(cp -> !fonts.canDraw(cp))
        .forEach(missing::add);
    if (missing.isEmpty()) {
      return null;
    }
    StringBuilder sb =
        new StringBuilder("PDF: the embedded font has no glyph for ")
            .append(missing.size())
            .append(missing.size() == 1 ? " character" : " characters")
            .append(", left out of the PDF:");
    int n = 0;
    for (int cp : missing) {
      if (n++ == LISTED) {
        sb.append(" ...");
        break;
      }
      sb.append(' ')
          .append(Character.toChars(cp))
          .append(String.format(Locale.ROOT, " (U+%04X)", cp));
    }
    return sb.toString();
  }
}
