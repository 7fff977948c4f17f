package org.policyreport.report.brief;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.PanelSeries;

/**
 * One unit against all units: per indicator, its value in the latest period in which it is
 * observed, the mean of the units observed then, and its rank among them (1 = the highest value).
 */
public record UnitProfile(String unit, List<Line> lines) {
  public UnitProfile {
    lines = List.copyOf(lines);
  }

  /** One indicator of the profile. */
  public record Line(String variable, int period, double value, double mean, int rank, int of) {
    /** Rank as a share of the field, 0 for the highest and 1 for the lowest value. */
    public double relativeRank() {
      return of <= 1 ? 0 : (rank - 1) / (double) (of - 1);
    }
  }

  /**
   * The profile of {@code unit} over the given series, in their order. A series in which the unit
   * is never observed is left out: a unit with a shorter series (a region founded later) still gets
   * the indicators it has, each in its own latest period.
   */
  public static UnitProfile of(String unit, List<PanelSeries> series) {
    List<Line> lines = new ArrayList<>();
    for (PanelSeries s : series) {
      int u = s.units().indexOf(unit);
      if (u < 0) {
        continue;
      }
      List<Double> row = s.values().get(u);
      int t = row.size() - 1;
      while (t >= 0 && row.get(t) == null) {
        t--;
      }
      if (t < 0) {
        continue;
      }
      List<Integer> order = s.unitsByValueAt(t);
      lines.add(
          new Line(
              s.variable(),
              s.periods().get(t),
              row.get(t),
              s.meanAt(t),
              order.indexOf(u) + 1,
              order.size()));
    }
    return new UnitProfile(unit, lines);
  }

  /** The indicator with the worst rank relative to the field; null when there is none. */
  public Line weakest() {
    Line w = null;
    for (Line l : lines) {
      if (w == null || l.relativeRank() > w.relativeRank()) {
        w = l;
      }
    }
    return w;
  }
}
