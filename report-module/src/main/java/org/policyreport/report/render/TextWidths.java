package org.policyreport.report.render;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;

/**
 * Advance widths of text in the shipped faces, from the fonts' own metrics (read once per process),
 * for renderers that must size things before a layout engine sees them.
 */
public final class TextWidths implements ColumnFit.TextWidth {
  private static final TextWidths INSTANCE = new TextWidths();

  private final BaseFont regular;
  private final BaseFont bold;

  private TextWidths() {
    regular = load(Fonts.REGULAR);
    bold = load(Fonts.BOLD);
  }

  public static TextWidths embedded() {
    return INSTANCE;
  }

  @Override
  public float width(String text, boolean isBold, float size) {
    return (isBold ? bold : regular).getWidthPoint(text == null ? "" : text, size);
  }

  private static BaseFont load(String resource) {
    try {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return BaseFont.createFont(
          name, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false, Fonts.bytes(resource), null);
    } catch (IOException | com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("font " + resource + " cannot be read", e);
    }
  }
}
