package org.policyreport.report.findings;

import java.util.List;
import java.util.Optional;
import org.policyreport.analysis.api.ModelOutline;
import org.policyreport.analysis.api.Study;
import org.policyreport.analysis.api.SurveyOutline;

/**
 * Checks before any estimation that every evidence check names a model, term, survey and item the
 * config defines, so that a typo fails at once rather than after the models have run.
 */
public final class EvidenceValidator {
  private EvidenceValidator() {}

  public static void validate(List<Recommendation> recommendations, Study config) {
    for (Recommendation r : recommendations) {
      for (EvidenceCheck c : r.evidence()) {
        if (c instanceof EvidenceCheck.Coefficient) {
          check((EvidenceCheck.Coefficient) c, config);
        } else {
          check((EvidenceCheck.SurveyRank) c, config);
        }
      }
    }
  }

  private static void check(EvidenceCheck.Coefficient c, Study config) {
    Optional<ModelOutline> spec =
        config.models().stream().filter(m -> m.id().equals(c.model())).findFirst();
    if (spec.isEmpty()) {
      throw c.node()
          .get("model")
          .error("names model '" + c.model() + "', which the config does not define");
    }
    if (!c.equation().equals("main")) {
      return;
    }
    if (!c.term().equals("_cons") && !spec.get().regressors().contains(c.term())) {
      throw c.node()
          .get("term")
          .error(
              "names term '"
                  + c.term()
                  + "', which model '"
                  + c.model()
                  + "' does not have (its terms: "
                  + String.join(", ", spec.get().regressors())
                  + ", _cons)");
    }
  }

  private static void check(EvidenceCheck.SurveyRank c, Study config) {
    for (SurveyOutline s : config.surveys()) {
      if (c.survey().equals(s.id())) {
        if (s.items().contains(c.item())) {
          return;
        }
        throw c.node()
            .get("item")
            .error(
                "names item '" + c.item() + "', which survey '" + c.survey() + "' does not have");
      }
    }
    throw c.node()
        .get("survey")
        .error("names survey '" + c.survey() + "', which the config does not define");
  }
}
