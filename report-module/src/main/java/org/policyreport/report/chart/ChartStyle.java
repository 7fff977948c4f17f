package org.policyreport.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;

/**
 * The publication look shared by every chart: white background, no border, a light grid, the
 * shipped font at readable sizes and a restrained palette. Sizes are in points of the drawing area
 * (see {@link ChartImages}).
 */
final class ChartStyle {
  static final float TEXT = 9f;
  static final float SMALL = 8f;

  static final Color INK = new Color(0x33, 0x33, 0x33);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color REFERENCE = new Color(0x80, 0x80, 0x80);

  /** Muted colours that stay distinct in print and for common colour-vision deficiencies. */
  private static final Color[] PALETTE = {
    new Color(0x1F, 0x4E, 0x79), // navy
    new Color(0xD9, 0x82, 0x2B), // ochre
    new Color(0x3A, 0x8A, 0x7B), // teal
    new Color(0xA8, 0x3F, 0x3F), // brick
    new Color(0x6C, 0x9B, 0xD2), // light blue
    new Color(0x7A, 0x6A, 0x9E), // violet
    new Color(0x8C, 0x9A, 0x3B), // olive
    new Color(0x7F, 0x7F, 0x7F), // grey
  };

  private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};

  /**
   * Dash patterns of the lines of a line chart, one per series before they repeat, so that lines
   * stay apart in greyscale print where the colours do not.
   */
  private static final float[][] LINE_DASHES = {
    null, {7f, 3f}, {2f, 2.5f}, {9f, 3f, 2f, 3f}, {4f, 2f}, {12f, 3f}, {2f, 2f, 6f, 2f}
  };

  /** The summary series (mean of all units): black, thicker than the others and dashed. */
  static final Color SUMMARY = Color.BLACK;

  private ChartStyle() {}

  static Color color(int series) {
    return PALETTE[series % PALETTE.length];
  }

  /** Line stroke of a series: colours cycle first, then the dash pattern changes. */
  static Stroke line(int series) {
    float[] dash = DASHES[(series / PALETTE.length) % DASHES.length];
    if (dash == null) {
      return new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /**
   * The marker of the {@code index}-th line of a line chart: circle, square, triangles, diamond,
   * cross, each with the same area, so series differ by shape as well as colour.
   */
  static Shape marker(int index) {
    float r = 3f;
    switch (index % 6) {
      case 0:
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
      case 1:
        return new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
      case 2:
        return ShapeUtils.createUpTriangle(1.2f * r);
      case 3:
        return ShapeUtils.createDiamond(1.2f * r);
      case 4:
        return ShapeUtils.createDownTriangle(1.2f * r);
      default:
        return ShapeUtils.createDiagonalCross(r, 0.6f);
    }
  }

  /** The dash pattern of the {@code index}-th line of a line chart (null: solid). */
  static float[] lineDash(int index) {
    return LINE_DASHES[index % LINE_DASHES.length];
  }

  /** The stroke of the {@code index}-th line of a line chart: its own dash pattern. */
  static Stroke seriesLine(int index) {
    float[] dash = lineDash(index);
    if (dash == null) {
      return new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** The stroke of a summary line (the mean of all units): thick and evenly dashed. */
  static Stroke summaryLine() {
    return new BasicStroke(
        2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 4f}, 0f);
  }

  static Stroke dashed() {
    return new BasicStroke(
        0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  }

  /** Applies fonts, colours and borders to a built chart; the chart has no title of its own. */
  static void apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("report", false);
    theme.setExtraLargeFont(ChartFonts.bold(TEXT + 2));
    theme.setLargeFont(ChartFonts.regular(TEXT));
    theme.setRegularFont(ChartFonts.regular(TEXT));
    theme.setSmallFont(ChartFonts.regular(SMALL));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(INK);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setItemLabelPaint(INK);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setDrawingSupplier(
        new org.jfree.chart.plot.DefaultDrawingSupplier(
            PALETTE,
            PALETTE,
            PALETTE,
            new Stroke[] {line(0)},
            new Stroke[] {new BasicStroke(0.5f)},
            org.jfree.chart.plot.DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    theme.apply(chart);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 2, 2, 2));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(ChartFonts.regular(SMALL));
    }
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlineStroke(new BasicStroke(0.5f));
      xy.setRangeGridlineStroke(new BasicStroke(0.5f));
      axis(xy.getDomainAxis());
      axis(xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot cat) {
      cat.setRangeGridlineStroke(new BasicStroke(0.5f));
      axis(cat.getDomainAxis());
      axis(cat.getRangeAxis());
    }
  }

  private static void axis(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(ChartFonts.regular(TEXT));
    axis.setTickLabelFont(ChartFonts.regular(SMALL));
    axis.setAxisLinePaint(REFERENCE);
    axis.setTickMarkPaint(REFERENCE);
    axis.setTickMarkOutsideLength(3f);
    // Generous label insets make JFreeChart choose fewer, rounder ticks.
    axis.setTickLabelInsets(new RectangleInsets(7, 4, 7, 4));
  }

  /**
   * Tick units for value axes, each with as many decimals as its step needs (so an axis reads 4.00,
   * 4.05, 4.10 rather than 4, 4.05, 4.1) and formatted the same on every machine.
   */
  static TickUnits valueTicks() {
    TickUnits units = new TickUnits();
    for (int e = -6; e <= 12; e++) {
      for (double m : new double[] {1, 2, 2.5, 5}) {
        double step = m * Math.pow(10, e);
        int decimals = Math.max(0, -e + (m == 2.5 ? 1 : 0));
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        units.add(new NumberTickUnit(step, f));
      }
    }
    return units;
  }

  /** Whole-number ticks without grouping, for years. */
  static TickUnits yearTicks() {
    DecimalFormat plain = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    TickUnits units = new TickUnits();
    for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      units.add(new NumberTickUnit(step, plain));
    }
    return units;
  }
}
