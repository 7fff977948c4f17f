package org.policyreport.report.findings;

import java.util.List;

/** A recommendation in the report's language with its checked evidence, for the templates. */
public record RecommendationView(
    String id,
    int number,
    String title,
    String issue,
    List<String> strategies,
    List<String> policies,
    List<EvidenceOutcome> evidence,
    boolean supported,
    List<EvidenceOutcome> failing) {
  public RecommendationView {
    strategies = List.copyOf(strategies);
    policies = List.copyOf(policies);
    evidence = List.copyOf(evidence);
    failing = List.copyOf(failing);
  }
}
