package org.policyreport.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.junit.jupiter.api.Test;

/** Lines of a line chart can be told apart without colour (greyscale print). */
class LineChartsTest {
  private static ChartSpec.Lines spec() {
    List<Double> x = List.of(2015.0, 2016.0, 2017.0);
    List<ChartSpec.Series> series = new ArrayList<>();
    series.add(new ChartSpec.Series("Mean of all units", List.of(1.0, 2.0, 3.0), true));
    for (int i = 1; i <= 6; i++) {
      series.add(new ChartSpec.Series("Unit " + i, List.of(i + 1.0, i + 2.0, i + 0.5)));
    }
    return new ChartSpec.Lines("Year", "Value", x, series);
  }

  private static XYLineAndShapeRenderer renderer(JFreeChart chart) {
    return (XYLineAndShapeRenderer) ((XYPlot) chart.getPlot()).getRenderer();
  }

  @Test
  void unitSeriesDifferInMarkerShapeAndDashPattern() {
    XYLineAndShapeRenderer r = renderer(LineCharts.build(spec()));
    List<Shape> shapes = new ArrayList<>();
    List<String> dashes = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      assertThat(r.getSeriesShapesVisible(i)).isNotEqualTo(Boolean.FALSE);
      Shape s = r.getSeriesShape(i);
      for (Shape other : shapes) {
        assertThat(ShapeUtils.equal(s, other)).as("marker of series " + i).isFalse();
      }
      shapes.add(s);
      BasicStroke stroke = (BasicStroke) r.getSeriesStroke(i);
      dashes.add(Arrays.toString(stroke.getDashArray()));
    }
    assertThat(dashes).doesNotHaveDuplicates();
  }

  @Test
  void meanOfAllUnitsIsBlackThickerDashedAndWithoutMarkers() {
    XYLineAndShapeRenderer r = renderer(LineCharts.build(spec()));
    BasicStroke mean = (BasicStroke) r.getSeriesStroke(0);
    assertThat(r.getSeriesPaint(0)).isEqualTo(Color.BLACK);
    assertThat(mean.getDashArray()).isNotNull();
    assertThat(r.getSeriesShapesVisible(0)).isFalse();
    for (int i = 1; i <= 6; i++) {
      assertThat(mean.getLineWidth())
          .isGreaterThan(((BasicStroke) r.getSeriesStroke(i)).getLineWidth());
      assertThat(r.getSeriesPaint(i)).isNotEqualTo(Color.BLACK);
    }
  }

  @Test
  void firstUnitTakesTheFirstColourWhenTheMeanComesFirst() {
    XYLineAndShapeRenderer r = renderer(LineCharts.build(spec()));
    assertThat(r.getSeriesPaint(1)).isEqualTo(ChartStyle.color(0));
    assertThat(((BasicStroke) r.getSeriesStroke(1)).getDashArray()).isNull();
  }
}
