package org.policyreport.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.policyreport.report.document.Vocabulary;

/**
 * Draws a {@link ChartSpec} with JFreeChart, as a PNG or onto any {@link Graphics2D} (e.g. a PDF
 * page, for vector output).
 *
 * <p>Sizes inside a chart (fonts, strokes, markers) are in points. {@link #png} lays the chart out
 * on a canvas {@link #DESIGN_WIDTH} points wide — about the text width of an A4 page — and scales
 * it to the requested pixels, so a chart looks the same at any resolution and its fonts match the
 * body text when the image is placed at text width. Output is deterministic: no timestamps, no
 * randomness, the same spec gives the same bytes.
 */
public final class ChartImages {
  /** Width in points of the canvas {@link #png} lays a chart out on. */
  public static final double DESIGN_WIDTH = 460.0;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartImages() {}

  /**
   * The chart as a PNG of {@code widthPx} × {@code heightPx} pixels on a white background.
   *
   * @param v the report's vocabulary (charts take every word from the spec; kept so that words the
   *     chart itself may need come from the one place)
   */
  public static byte[] png(ChartSpec spec, int widthPx, int heightPx, Vocabulary v) {
    if (widthPx < 1 || heightPx < 1) {
      throw new IllegalArgumentException(
          "chart size must be positive, not " + widthPx + "x" + heightPx);
    }
    BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.setColor(java.awt.Color.WHITE);
      g2.fillRect(0, 0, widthPx, heightPx);
      double scale = widthPx / DESIGN_WIDTH;
      g2.scale(scale, scale);
      draw(spec, g2, new Rectangle2D.Double(0, 0, DESIGN_WIDTH, heightPx / scale));
    } finally {
      g2.dispose();
    }
    return Png.encode(image);
  }

  /** Draws the chart into {@code area} (in the units of {@code g2}, taken as points). */
  public static void draw(ChartSpec spec, Graphics2D g2, Rectangle2D area) {
    chart(spec).draw(g2, area);
  }

  /** The JFreeChart for a spec, styled for the report. */
  static JFreeChart chart(ChartSpec spec) {
    if (spec instanceof ChartSpec.Bar b) {
      return BarCharts.build(b);
    }
    if (spec instanceof ChartSpec.Lines l) {
      return LineCharts.build(l);
    }
    if (spec instanceof ChartSpec.Coefficients c) {
      return CoefficientCharts.build(c);
    }
    if (spec instanceof ChartSpec.Scatter s) {
      return ScatterCharts.build(s);
    }
    throw new IllegalArgumentException("unknown chart type " + spec.getClass().getSimpleName());
  }
}
