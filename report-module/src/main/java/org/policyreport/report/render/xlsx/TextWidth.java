package org.policyreport.report.render.xlsx;

/**
 * Estimates how wide text is in Excel's column unit (the width of a digit in the default font),
 * counting Hangul, CJK and full-width characters double, so that column widths can be computed
 * without fonts (POI's autoSizeColumn needs the fonts installed and is slow).
 */
final class TextWidth {
  static final int MIN_COLUMN = 6;
  static final int MAX_COLUMN = 60;

  private TextWidth() {}

  static double of(String s, boolean bold) {
    if (s == null) {
      return 0;
    }
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 1.9 : narrow(cp) ? 0.55 : 1.0;
      i += Character.charCount(cp);
    }
    return bold ? w * 1.1 : w;
  }

  /** Column width in 1/256 of a character, with a little room either side, clamped. */
  static int column(double chars) {
    double w = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, chars + 2));
    return (int) Math.round(w * 256);
  }

  private static boolean narrow(int cp) {
    return " .,:;'!|()[]ilj".indexOf(cp) >= 0;
  }

  static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
