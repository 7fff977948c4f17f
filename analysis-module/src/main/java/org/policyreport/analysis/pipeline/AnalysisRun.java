package org.policyreport.analysis.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.AnalysisResults;

/**
 * The results of a run, how long each model took (timings are not part of results.json), and the
 * data tables it read, by data-source name, so that a caller need not read them again.
 */
public record AnalysisRun(
    AnalysisResults results, List<ModelTiming> timings, Map<String, DataTable> tables) {
  public AnalysisRun {
    timings = List.copyOf(timings);
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
  }
}
