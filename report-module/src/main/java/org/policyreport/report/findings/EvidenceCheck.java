package org.policyreport.report.findings;

import org.policyreport.contract.config.ConfigNode;

/** One claim a recommendation rests on, checked against the results. */
public sealed interface EvidenceCheck permits EvidenceCheck.Coefficient, EvidenceCheck.SurveyRank {

  /** Where the check is in the config, for messages. */
  ConfigNode node();

  /** Sign a coefficient must have. */
  enum Sign {
    POSITIVE,
    NEGATIVE,
    ANY
  }

  /** "model M, term T, positive, p &lt; 0.05". */
  record Coefficient(
      String model, String equation, String term, Sign sign, double maxP, ConfigNode node)
      implements EvidenceCheck {}

  /** "survey S, item I, Borich rank ≤ R". */
  record SurveyRank(String survey, String item, int maxRank, ConfigNode node)
      implements EvidenceCheck {}

  /** Reads one entry of a recommendation's {@code evidence:} list. */
  static EvidenceCheck of(ConfigNode n) {
    if (n.has("model")) {
      double p = n.number("p", 0.05);
      if (!(p > 0 && p <= 1)) {
        throw n.get("p").error("must be a significance level between 0 and 1, not " + p);
      }
      return new Coefficient(
          n.requiredString("model"),
          n.string("equation", "main"),
          n.requiredString("term"),
          n.choice("sign", Sign.class, Sign.ANY),
          p,
          n);
    }
    if (n.has("survey")) {
      int rank = n.integer("borichRank", 0);
      if (rank < 1) {
        throw n.get("borichRank")
            .error(
                "is required for a survey check and must be 1 or more (the largest rank that counts)");
      }
      return new SurveyRank(n.requiredString("survey"), n.requiredString("item"), rank, n);
    }
    throw n.error("must name a 'model' (with term, sign, p) or a 'survey' (with item, borichRank)");
  }
}
