package org.policyreport.analysis.results;

import java.util.List;

/** The analysis of one expert survey (see the survey package). */
public record SurveyResult(
    String id, int n, SurveyReliability reliability, List<SurveyItemResult> items) {
  public SurveyResult {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
