package org.policyreport.report.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.policyreport.report.findings.EvidenceCheck;
import org.policyreport.report.findings.Recommendation;

/**
 * Which recommendations concern a unit most. The rule: go through the unit's indicators from its
 * weakest rank relative to the other units to its strongest; the first indicator that the evidence
 * of some recommendation names (as a model term or a survey item) selects every recommendation
 * whose evidence names it. No indicator named by any evidence: no recommendation.
 */
public final class Relevance {
  private Relevance() {}

  /** The ids of the recommendations most relevant to the unit, in the config's order. */
  public static List<String> recommendations(UnitProfile profile, List<Recommendation> recs) {
    List<UnitProfile.Line> byWeakness = new ArrayList<>(profile.lines());
    // Stable: on equal relative rank, the indicator listed first wins.
    byWeakness.sort(
        java.util.Comparator.comparingDouble((UnitProfile.Line l) -> -l.relativeRank()));
    for (UnitProfile.Line l : byWeakness) {
      List<String> ids = new ArrayList<>();
      for (Recommendation r : recs) {
        if (terms(r).contains(l.variable())) {
          ids.add(r.id());
        }
      }
      if (!ids.isEmpty()) {
        return ids;
      }
    }
    return List.of();
  }

  /** The variable the recommendations were chosen for; null when none was. */
  public static String indicator(UnitProfile profile, List<Recommendation> recs) {
    List<UnitProfile.Line> byWeakness = new ArrayList<>(profile.lines());
    byWeakness.sort(
        java.util.Comparator.comparingDouble((UnitProfile.Line l) -> -l.relativeRank()));
    for (UnitProfile.Line l : byWeakness) {
      for (Recommendation r : recs) {
        if (terms(r).contains(l.variable())) {
          return l.variable();
        }
      }
    }
    return null;
  }

  private static Set<String> terms(Recommendation r) {
    Set<String> out = new TreeSet<>();
    for (EvidenceCheck c : r.evidence()) {
      if (c instanceof EvidenceCheck.Coefficient co) {
        out.add(co.term());
      } else if (c instanceof EvidenceCheck.SurveyRank s) {
        out.add(s.item());
      }
    }
    return out;
  }
}
