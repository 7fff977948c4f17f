package org.policyreport.report.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.policyreport.report.document.Cell;

/**
 * Excel number formats that make a numeric cell show exactly the text the document shows: the
 * decimals of the cell, a thousands separator when the text has one, and prefix and suffix (stars,
 * brackets) as literal text, e.g. {@code 0.000"***"} or {@code "("0.000")"}.
 */
final class NumberFormats {
  private static final char UNICODE_MINUS = '\u2212';

  private NumberFormats() {}

  /**
   * The format of {@code c}; {@code pad} is appended as invisible space (Excel's {@code _x}) so
   * that numbers with shorter suffixes line up with the longest one in their column.
   */
  static String of(Cell c, String pad) {
    String digits = digits(c);
    String padding = padding(pad);
    String positive = literal(c.prefix()) + digits + literal(c.suffix()) + padding;
    char minus = minus(c);
    // A one-section format puts the minus before everything, "-(0.004)"; the document writes the
    // sign next to the digits, "(-0.004)", so negatives get a section of their own.
    if (ownNegativeSection(c)) {
      String neg =
          literal(c.prefix())
              + literal(String.valueOf(minus))
              + digits
              + literal(c.suffix())
              + padding;
      return positive + ";" + neg;
    }
    return positive;
  }

  /**
   * The text Excel shows for {@code c} under {@link #of}: what the document's text must equal for
   * the workbook to show the same thing (POI's DataFormatter cannot tell, it drops quoted stars).
   */
  static String display(Cell c) {
    double v = c.value();
    BigDecimal abs = BigDecimal.valueOf(Math.abs(v)).setScale(c.decimals(), RoundingMode.HALF_UP);
    String digits =
        grouped(c)
            ? String.format(Locale.US, "%,." + c.decimals() + "f", abs)
            : abs.toPlainString();
    if (v >= 0) {
      return c.prefix() + digits + c.suffix();
    }
    if (ownNegativeSection(c)) {
      return c.prefix() + minus(c) + digits + c.suffix();
    }
    return "-" + c.prefix() + digits + c.suffix();
  }

  private static boolean ownNegativeSection(Cell c) {
    boolean negative = c.value() != null && c.value() < 0;
    return negative && (!c.prefix().isEmpty() || minus(c) != '-');
  }

  private static char minus(Cell c) {
    return c.text() != null && c.text().indexOf(UNICODE_MINUS) >= 0 ? UNICODE_MINUS : '-';
  }

  private static String digits(Cell c) {
    StringBuilder sb = new StringBuilder(grouped(c) ? "#,##0" : "0");
    if (c.decimals() > 0) {
      sb.append('.').append("0".repeat(c.decimals()));
    }
    return sb.toString();
  }

  /** Whether the text groups thousands, judged on the part between prefix and suffix. */
  static boolean grouped(Cell c) {
    String t = c.text() == null ? "" : c.text();
    if (!c.prefix().isEmpty() && t.startsWith(c.prefix())) {
      t = t.substring(c.prefix().length());
    }
    if (!c.suffix().isEmpty() && t.endsWith(c.suffix())) {
      t = t.substring(0, t.length() - c.suffix().length());
    }
    return t.indexOf(',') >= 0;
  }

  /** Text Excel shows as is: quoted, with quote characters escaped. */
  static String literal(String s) {
    if (s.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    String[] parts = s.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append("\\\"");
      }
      if (!parts[i].isEmpty()) {
        sb.append('"').append(parts[i]).append('"');
      }
    }
    return sb.toString();
  }

  private static String padding(String pad) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pad.length(); i++) {
      sb.append('_').append(pad.charAt(i));
    }
    return sb.toString();
  }
}
