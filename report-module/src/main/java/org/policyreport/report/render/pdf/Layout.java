package org.policyreport.report.render.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.awt.Color;

/** Page geometry, type sizes and colours of the PDF report, in points. */
final class Layout {
  static final Rectangle PAGE = PageSize.A4;
  static final float MARGIN_LEFT = 68f;
  static final float MARGIN_RIGHT = 68f;
  static final float MARGIN_TOP = 76f;
  static final float MARGIN_BOTTOM = 72f;
  static final float TEXT_WIDTH = PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;

  static final float BODY = 10.5f;
  static final float LEADING = 17f;
  static final float SMALL = 8.5f;
  static final float SMALL_LEADING = 12.5f;
  static final float TABLE = 9f;
  static final float CHAPTER = 20f;
  static final float CHAPTER_NUMBER = 12f;
  static final float SECTION = 14f;
  static final float SUBSECTION = 12f;
  static final float MINOR = 11f;
  static final float HEADER = 8f;

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);
  static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
  static final Color RULE = new Color(0x99, 0x99, 0x99);
  static final Color LIGHT_RULE = new Color(0xD0, 0xD0, 0xD0);
  static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF7);
  static final Color BOX_FILL = new Color(0xF4, 0xF7, 0xFA);
  static final Color WARNING = new Color(0xB0, 0x1E, 0x1E);
  static final Color WARNING_FILL = new Color(0xFD, 0xF3, 0xF2);

  private Layout() {}
}
