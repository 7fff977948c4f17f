package org.policyreport.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a figure shows, as data: the closed set of chart types the report uses. Each renderer draws
 * a spec with its own back end (an image for DOCX and PDF, a native chart for XLSX). All text in a
 * spec is already in the report's language.
 */
public sealed interface ChartSpec
    permits ChartSpec.Bar, ChartSpec.Lines, ChartSpec.Coefficients, ChartSpec.Scatter {

  /**
   * A named series of values, one per category (bar chart) or per x value (line chart); a null
   * value is a gap (a region that did not exist yet).
   *
   * @param summary whether the series summarises the others (the mean of all units): a line chart
   *     draws it apart from them, in black, thicker and dashed
   */
  record Series(String name, List<Double> values, boolean summary) {
    public Series {
      // Not List.copyOf: a null value is a gap and must survive the copy.
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Series(String name, List<Double> values) {
      this(name, values, false);
    }
  }

  /** Bars per category, one bar per series; horizontal when there are many long category names. */
  record Bar(
      String categoryAxis,
      String valueAxis,
      List<String> categories,
      List<Series> series,
      boolean horizontal)
      implements ChartSpec {
    public Bar {
      categories = List.copyOf(categories);
      series = List.copyOf(series);
    }
  }

  /** Lines over a numeric x axis (e.g. years), one line per series; values may be null (gap). */
  record Lines(String xAxis, String yAxis, List<Double> x, List<Series> series)
      implements ChartSpec {
    public Lines {
      x = List.copyOf(x);
      series = List.copyOf(series);
    }
  }

  /**
   * Point estimates with intervals, one row per term (a coefficient or IRR plot); {@code reference}
   * is drawn as a vertical line (1 for ratios, 0 for coefficients).
   */
  record Coefficients(
      String valueAxis,
      List<String> terms,
      List<Double> estimates,
      List<Double> lows,
      List<Double> highs,
      double reference,
      boolean logScale)
      implements ChartSpec {
    public Coefficients {
      terms = List.copyOf(terms);
      estimates = List.copyOf(estimates);
      lows = List.copyOf(lows);
      highs = List.copyOf(highs);
    }
  }

  /** A labelled point. */
  record Point(String label, double x, double y) {}

  /**
   * Labelled points with optional dividing lines at {@code xLine} and {@code yLine} (an
   * importance–performance matrix draws the grand means and names the four quadrants).
   *
   * @param quadrantNames names of the quadrants in the order top-right, top-left, bottom-left,
   *     bottom-right; empty for none
   */
  record Scatter(
      String xAxis,
      String yAxis,
      List<Point> points,
      Double xLine,
      Double yLine,
      List<String> quadrantNames)
      implements ChartSpec {
    public Scatter {
      points = List.copyOf(points);
      quadrantNames = List.copyOf(quadrantNames);
    }
  }
}
