package org.policyreport.report.render.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * How a cell looks, as a value: {@link Styles} turns each distinct look into one workbook style, so
 * that a table of thousands of cells still uses a handful of styles.
 */
record Look(
    boolean bold,
    boolean italic,
    int size,
    HorizontalAlignment align,
    String format,
    BorderStyle top,
    BorderStyle bottom,
    BorderStyle left,
    BorderStyle right,
    Fill fill,
    boolean wrap,
    int indent,
    boolean link) {

  /** Background fills the workbook uses. */
  enum Fill {
    NONE,
    HEADER,
    WARNING
  }

  static final int NORMAL_SIZE = 10;

  static final Look PLAIN =
      new Look(
          false,
          false,
          NORMAL_SIZE,
          HorizontalAlignment.GENERAL,
          null,
          BorderStyle.NONE,
          BorderStyle.NONE,
          BorderStyle.NONE,
          BorderStyle.NONE,
          Fill.NONE,
          false,
          0,
          false);

  Look bold(boolean b) {
    return new Look(
        b, italic, size, align, format, top, bottom, left, right, fill, wrap, indent, link);
  }

  Look italicised() {
    return new Look(
        bold, true, size, align, format, top, bottom, left, right, fill, wrap, indent, link);
  }

  Look size(int s) {
    return new Look(
        bold, italic, s, align, format, top, bottom, left, right, fill, wrap, indent, link);
  }

  Look align(HorizontalAlignment a) {
    return new Look(
        bold, italic, size, a, format, top, bottom, left, right, fill, wrap, indent, link);
  }

  Look format(String f) {
    return new Look(
        bold, italic, size, align, f, top, bottom, left, right, fill, wrap, indent, link);
  }

  Look borders(BorderStyle t, BorderStyle b, BorderStyle l, BorderStyle r) {
    return new Look(bold, italic, size, align, format, t, b, l, r, fill, wrap, indent, link);
  }

  Look top(BorderStyle t) {
    return borders(t, bottom, left, right);
  }

  Look bottom(BorderStyle b) {
    return borders(top, b, left, right);
  }

  Look fill(Fill f) {
    return new Look(
        bold, italic, size, align, format, top, bottom, left, right, f, wrap, indent, link);
  }

  Look wrapped() {
    return new Look(
        bold, italic, size, align, format, top, bottom, left, right, fill, true, indent, link);
  }

  Look indent(int n) {
    return new Look(
        bold, italic, size, align, format, top, bottom, left, right, fill, wrap, n, link);
  }

  Look linked() {
    return new Look(
        bold, italic, size, align, format, top, bottom, left, right, fill, wrap, indent, true);
  }
}
