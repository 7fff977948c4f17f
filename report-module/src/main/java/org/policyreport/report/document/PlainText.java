package org.policyreport.report.document;

/**
 * Text from outside the program (config, data) made safe for every output: XML 1.0 forbids most
 * control characters, so a single one in a title would make a DOCX or XLSX part not well-formed
 * (and an escape sequence in an error message would drive the user's terminal). Removed are the C0
 * controls except tab, line feed and carriage return, DEL and the C1 controls, unpaired surrogates
 * and the non-characters U+FFFE and U+FFFF.
 */
public final class PlainText {
  private PlainText() {}

  /** Whether {@code c} at {@code i} of {@code s} may stay. */
  private static boolean allowed(String s, int i) {
    char c = s.charAt(i);
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return true;
  }

  /** {@code s} without the characters no output may carry; null stays null. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && allowed(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      if (allowed(s, i)) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  /**
   * {@code s} for a terminal: every control character except line feed and tab shown as {@code
   * \x1b}-style escapes, so that data echoed in a message cannot move the cursor or change colours.
   */
  public static String forTerminal(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
