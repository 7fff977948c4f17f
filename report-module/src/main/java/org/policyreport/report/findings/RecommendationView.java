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
    List<EvidenceOutcome> failing,
    List<TaskView> tasks) {
  public RecommendationView {
    strategies = List.copyOf(strategies);
    policies = List.copyOf(policies);
    evidence = List.copyOf(evidence);
    failing = List.copyOf(failing);
    tasks = List.copyOf(tasks);
  }

  /**
   * A task in the report's language, as the roadmap table shows it.
   *
   * @param partners the partner ministries and agencies, joined, or "" for none
   * @param timing the timing in words ("Short term", "2027–2030")
   * @param needs what the task needs in words ("Law, budget"), or "" for neither
   */
  public record TaskView(String task, String lead, String partners, String timing, String needs) {}
}
