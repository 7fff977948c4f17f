package org.policyreport.analysis.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.contract.AnalysisResults;

/**
 * The results of a run, how long each model took, and the data sources it read, by name, so that a
 * caller need not read them again.
 */
public record StudyRun(
    AnalysisResults results, List<FitTiming> timings, Map<String, SourceData> data) {
  public StudyRun {
    timings = List.copyOf(timings);
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }
}
