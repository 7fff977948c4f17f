package org.policyreport.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The point labels and quadrant names of a scatter plot, placed so that they do not collide: the
 * quadrant names go in the corners, then each label takes, of a few places around its point (right,
 * left, above, below, the diagonals; near first, then farther), the one that overlaps least with
 * the points, the labels already placed and the plot's edges. A label much wider than the plot's
 * third is set on two lines. The placement is pure geometry, so the same chart always looks the
 * same.
 */
final class PointLabels extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;
  private static final double MARKER = 3.5;
  private static final double INSET = 3;
  private static final double[] GAPS = {3, 9, 16};

  /** Rounds in which each label is placed again, knowing where all the others are. */
  private static final int ROUNDS = 3;

  /** Candidate places as (dx, dy) directions: -1 left/above, 0 centred, 1 right/below. */
  private static final int[][] PLACES = {
    {1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}
  };

  private final List<ChartSpec.Point> points;
  private final List<String> quadrants;
  private final Font labelFont;
  private final Font quadrantFont;
  private final Color labelPaint;
  private final Color quadrantPaint;
  private final List<double[]> dividers;

  /**
   * @param dividers dividing lines as {0, x} (vertical) or {1, y} (horizontal), in data units
   */
  PointLabels(
      List<ChartSpec.Point> points,
      List<String> quadrants,
      List<double[]> dividers,
      Font labelFont,
      Font quadrantFont,
      Color labelPaint,
      Color quadrantPaint) {
    this.dividers = List.copyOf(dividers);
    this.points = List.copyOf(points);
    this.quadrants = List.copyOf(quadrants);
    this.labelFont = labelFont;
    this.quadrantFont = quadrantFont;
    this.labelPaint = labelPaint;
    this.quadrantPaint = quadrantPaint;
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D area,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    List<Rectangle2D> taken = new ArrayList<>();
    double[] px = new double[points.size()];
    double[] py = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      px[i] = domainAxis.valueToJava2D(points.get(i).x(), area, plot.getDomainAxisEdge());
      py[i] = rangeAxis.valueToJava2D(points.get(i).y(), area, plot.getRangeAxisEdge());
      taken.add(new Rectangle2D.Double(px[i] - MARKER, py[i] - MARKER, 2 * MARKER, 2 * MARKER));
    }
    if (quadrants.size() == 4) {
      g2.setFont(quadrantFont);
      g2.setPaint(quadrantPaint);
      FontMetrics fm = g2.getFontMetrics();
      // Order of the spec: top right, top left, bottom left, bottom right.
      int[][] corners = {{1, 0}, {0, 0}, {0, 1}, {1, 1}};
      for (int q = 0; q < 4; q++) {
        String text = quadrants.get(q);
        double w = fm.stringWidth(text);
        double h = fm.getAscent() + fm.getDescent();
        double x = corners[q][0] == 1 ? area.getMaxX() - INSET - w : area.getMinX() + INSET;
        double y = corners[q][1] == 1 ? area.getMaxY() - INSET - h : area.getMinY() + INSET;
        g2.drawString(text, (float) x, (float) (y + fm.getAscent()));
        taken.add(new Rectangle2D.Double(x, y, w, h));
      }
    }
    // The dividing lines are obstacles too: a label across one is hard to read.
    if (dividers != null) {
      for (double[] d : dividers) {
        if (d[0] == 0) {
          double x = domainAxis.valueToJava2D(d[1], area, plot.getDomainAxisEdge());
          taken.add(new Rectangle2D.Double(x - 1.5, area.getMinY(), 3, area.getHeight()));
        } else {
          double y = rangeAxis.valueToJava2D(d[1], area, plot.getRangeAxisEdge());
          taken.add(new Rectangle2D.Double(area.getMinX(), y - 1.5, area.getWidth(), 3));
        }
      }
    }
    g2.setFont(labelFont);
    g2.setPaint(labelPaint);
    FontMetrics fm = g2.getFontMetrics();
    double lineHeight = fm.getAscent() + fm.getDescent();
    int fixed = taken.size();
    List<List<String>> text = new ArrayList<>();
    List<Integer> labelled = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      String label = points.get(i).label();
      if (label != null && !label.isBlank()) {
        labelled.add(i);
        text.add(lines(label, fm, area.getWidth() / 3));
      }
    }
    Rectangle2D[] placed = new Rectangle2D[labelled.size()];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < labelled.size(); k++) {
        List<Rectangle2D> others = new ArrayList<>(taken.subList(0, fixed));
        for (int o = 0; o < placed.length; o++) {
          if (o != k && placed[o] != null) {
            others.add(placed[o]);
          }
        }
        double w = 0;
        for (String l : text.get(k)) {
          w = Math.max(w, fm.stringWidth(l));
        }
        int i = labelled.get(k);
        placed[k] = place(px[i], py[i], w, lineHeight * text.get(k).size(), area, others);
      }
    }
    for (int k = 0; k < placed.length; k++) {
      List<String> lines = text.get(k);
      for (int l = 0; l < lines.size(); l++) {
        g2.drawString(
            lines.get(l),
            (float) placed[k].getX(),
            (float) (placed[k].getY() + fm.getAscent() + l * lineHeight));
      }
    }
  }

  /** The candidate place with the least overlap; the first such in the preferred order. */
  static Rectangle2D place(
      double x, double y, double w, double h, Rectangle2D area, List<Rectangle2D> taken) {
    Rectangle2D best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int g = 0; g < GAPS.length; g++) {
      double gap = GAPS[g] + MARKER;
      for (int[] p : PLACES) {
        double left = p[0] > 0 ? x + gap : p[0] < 0 ? x - gap - w : x - w / 2;
        double top =
            p[1] > 0
                ? y + gap * (p[0] == 0 ? 1 : 0.4)
                : p[1] < 0 ? y - gap * (p[0] == 0 ? 1 : 0.4) - h : y - h / 2;
        Rectangle2D r = new Rectangle2D.Double(left, top, w, h);
        double cost = outside(r, area) * 4 + g * h * 3;
        for (Rectangle2D t : taken) {
          cost += overlap(r, t);
        }
        if (cost < bestCost - 1e-9) {
          bestCost = cost;
          best = r;
        }
      }
    }
    return best;
  }

  private static double overlap(Rectangle2D a, Rectangle2D b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0 && h > 0 ? w * h : 0;
  }

  private static double outside(Rectangle2D r, Rectangle2D area) {
    return r.getWidth() * r.getHeight() - overlap(r, area);
  }

  /** The label on one line, or on two split at the space nearest its middle when it is too wide. */
  static List<String> lines(String label, FontMetrics fm, double maxWidth) {
    if (fm.stringWidth(label) <= maxWidth || label.indexOf(' ') < 0) {
      return List.of(label);
    }
    int middle = label.length() / 2;
    int split = -1;
    for (int d = 0; d <= middle; d++) {
      if (middle - d > 0 && label.charAt(middle - d) == ' ') {
        split = middle - d;
        break;
      }
      if (middle + d < label.length() && label.charAt(middle + d) == ' ') {
        split = middle + d;
        break;
      }
    }
    if (split < 0) {
      return List.of(label);
    }
    return List.of(label.substring(0, split), label.substring(split + 1));
  }
}
