package org.policyreport.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointLabelsTest {

  @Test
  void labelsOfNearbyPointsDoNotOverlapAndStayInThePlot() {
    Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 250);
    double[][] points = {
      {60, 40}, {100, 44}, {140, 60}, {120, 80}, {200, 70}, {380, 120}, {390, 230}, {20, 240}
    };
    List<Rectangle2D> taken = new ArrayList<>();
    for (double[] p : points) {
      taken.add(new Rectangle2D.Double(p[0] - 3.5, p[1] - 3.5, 7, 7));
    }
    int markers = taken.size();
    for (double[] p : points) {
      Rectangle2D r = PointLabels.place(p[0], p[1], 90, 10, area, taken);
      assertThat(area.contains(r)).as("label of %s,%s inside the plot: %s", p[0], p[1], r).isTrue();
      for (Rectangle2D other : taken) {
        assertThat(r.intersects(other)).as("label %s overlaps %s", r, other).isFalse();
      }
      taken.add(r);
    }
    assertThat(taken).hasSize(markers + points.length);
  }
}
