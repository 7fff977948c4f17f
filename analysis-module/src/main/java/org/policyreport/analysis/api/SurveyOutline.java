package org.policyreport.analysis.api;

import java.util.List;

/** A configured survey and the ids of its items, as the config writes them. */
public record SurveyOutline(String id, List<String> items) {
  public SurveyOutline {
    items = List.copyOf(items);
  }
}
