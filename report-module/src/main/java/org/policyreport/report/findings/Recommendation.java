package org.policyreport.report.findings;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.config.Text;

/**
 * A policy recommendation of the config: the issue it answers, its core strategies and concrete
 * policies, the evidence it rests on, and the tasks that carry it out.
 */
public record Recommendation(
    String id,
    Text title,
    Text issue,
    List<Text> strategies,
    List<Text> policies,
    List<EvidenceCheck> evidence,
    List<Task> tasks) {
  public Recommendation {
    tasks = List.copyOf(tasks);
    strategies = List.copyOf(strategies);
    policies = List.copyOf(policies);
    evidence = List.copyOf(evidence);
  }

  /** Reads the top-level {@code recommendations:} list; an absent key gives an empty list. */
  public static List<Recommendation> listFrom(ConfigNode root) {
    List<Recommendation> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ConfigNode r : root.get("recommendations").elements()) {
      String id = r.requiredString("id");
      if (!ids.add(id)) {
        throw r.get("id").error("'" + id + "' is used by another recommendation");
      }
      Text title = Text.of(r.get("title"));
      if (title == null) {
        throw r.get("title").error("is required");
      }
      List<Text> strategies = new ArrayList<>();
      for (ConfigNode s : r.get("strategies").elements()) {
        strategies.add(Text.of(s));
      }
      List<Text> policies = new ArrayList<>();
      for (ConfigNode p : r.get("policies").elements()) {
        policies.add(Text.of(p));
      }
      List<EvidenceCheck> evidence = new ArrayList<>();
      for (ConfigNode e : r.get("evidence").elements()) {
        evidence.add(EvidenceCheck.of(e));
      }
      List<Task> tasks = new ArrayList<>();
      for (ConfigNode t : r.get("tasks").elements()) {
        tasks.add(Task.of(t));
      }
      out.add(
          new Recommendation(
              id, title, Text.of(r.get("issue")), strategies, policies, evidence, tasks));
    }
    return List.copyOf(out);
  }
}
