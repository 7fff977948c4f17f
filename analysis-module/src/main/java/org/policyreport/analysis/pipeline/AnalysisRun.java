package org.policyreport.analysis.pipeline;

import java.util.List;
import org.policyreport.analysis.results.AnalysisResults;

/** The results of a run and how long each model took (timings are not part of results.json). */
public record AnalysisRun(AnalysisResults results, List<ModelTiming> timings) {
  public AnalysisRun {
    timings = List.copyOf(timings);
  }
}
