package org.policyreport.report.document;

import java.util.List;
import org.policyreport.report.chart.ChartSpec;

/**
 * A numbered figure: a chart described by its data ({@link ChartSpec}), drawn by each renderer's
 * charting back end. {@code altText} describes it for readers who cannot see it.
 */
public record Figure(
    String id,
    String label,
    String caption,
    ChartSpec chart,
    String altText,
    List<String> notes,
    String source)
    implements Block {
  public Figure {
    notes = List.copyOf(notes);
  }

  public Figure withLabel(String l) {
    return new Figure(id, l, caption, chart, altText, notes, source);
  }

  public Figure withNotes(List<String> n) {
    return new Figure(id, label, caption, chart, altText, n, source);
  }

  @Override
  public <R> R accept(BlockVisitor<R> v) {
    return v.figure(this);
  }
}
