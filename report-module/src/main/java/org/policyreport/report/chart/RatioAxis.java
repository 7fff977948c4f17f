package org.policyreport.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal axis whose data are natural logarithms (of ratios such as IRRs) but whose ticks sit
 * at round values of the ratio itself, e.g. 0.9, 1, 1.1. JFreeChart's log axis would label powers
 * of ten, which mean nothing on the narrow ranges ratio plots have.
 */
final class RatioAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  RatioAxis(String label) {
    super(label);
  }

  @Override
  @SuppressWarnings("rawtypes")
  protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D area, RectangleEdge edge) {
    double lo = Math.exp(getLowerBound());
    double hi = Math.exp(getUpperBound());
    List<NumberTick> ticks = new ArrayList<>();
    List<Double> values = hi / lo > 20 ? decades(lo, hi) : linear(lo, hi);
    int decimals = 0;
    for (double v : values) {
      decimals = Math.max(decimals, decimalsOf(v));
    }
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(Math.min(decimals, 4));
    f.setMaximumFractionDigits(Math.min(decimals, 4));
    for (double v : values) {
      ticks.add(
          new NumberTick(
              TickType.MAJOR,
              Math.log(v),
              f.format(v),
              TextAnchor.TOP_CENTER,
              TextAnchor.CENTER,
              0.0));
    }
    return ticks;
  }

  private static List<Double> linear(double lo, double hi) {
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    List<Double> out = new ArrayList<>();
    for (long k = (long) Math.ceil(lo / step); k * step <= hi + 1e-12; k++) {
      double v = k * step;
      if (v > 0) {
        out.add(Math.round(v / step) * step);
      }
    }
    return out;
  }

  private static List<Double> decades(double lo, double hi) {
    List<Double> out = new ArrayList<>();
    for (int e = (int) Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (double m : new double[] {1, 2, 5}) {
        double v = m * Math.pow(10, e);
        if (v >= lo && v <= hi) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static int decimalsOf(double v) {
    for (int d = 0; d < 6; d++) {
      double scaled = v * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) {
        return d;
      }
    }
    return 6;
  }
}
