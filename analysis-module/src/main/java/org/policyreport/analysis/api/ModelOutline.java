package org.policyreport.analysis.api;

import java.util.List;

/** A configured model as the report's evidence checks see it before anything is fitted. */
public record ModelOutline(String id, List<String> regressors) {
  public ModelOutline {
    regressors = List.copyOf(regressors);
  }
}
