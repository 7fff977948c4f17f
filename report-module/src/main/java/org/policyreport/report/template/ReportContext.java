package org.policyreport.report.template;

import org.policyreport.analysis.results.AnalysisResults;
import org.policyreport.report.config.ReportSettings;
import org.policyreport.report.document.Vocabulary;
import org.policyreport.report.format.NumberStyle;

/** Everything the report is made from: results, settings and the language's words and numbers. */
public record ReportContext(
    AnalysisResults results,
    ReportSettings settings,
    Vocabulary vocabulary,
    NumberStyle numbers,
    Words words) {

  public String language() {
    return vocabulary.language();
  }

  /** Display name of a variable or term. */
  public String variable(String name) {
    if (settings.variables().containsKey(name)) {
      return settings.variable(name, language());
    }
    if (words.has("term." + name)) {
      return words.get("term." + name);
    }
    return name;
  }

  /** Display name of a model: its configured label, else its id. */
  public String modelName(String id) {
    if (settings.models().containsKey(id)) {
      return settings.models().get(id).in(language());
    }
    return id;
  }
}
