package org.policyreport.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.policyreport.report.render.Fonts;

/**
 * The shipped Pretendard GOV faces as AWT fonts, loaded once. Charts use them for every piece of
 * text so that Korean labels render without any font installed on the machine.
 */
final class ChartFonts {
  private static final Font REGULAR = load(Fonts.REGULAR);
  private static final Font BOLD = load(Fonts.BOLD);

  private ChartFonts() {}

  static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  static Font bold(float size) {
    return BOLD.deriveFont(Font.PLAIN, size);
  }

  private static Font load(String resource) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.bytes(resource)));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("font " + resource + " cannot be loaded", e);
    }
  }
}
