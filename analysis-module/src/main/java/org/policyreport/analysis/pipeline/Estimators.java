package org.policyreport.analysis.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.count.CountModelRunner;
import org.policyreport.analysis.panel.PanelModelRunner;

/** The estimators this program knows, by their {@code estimator:} name. */
public final class Estimators {
  private final Map<String, ModelRunner> byName = new LinkedHashMap<>();

  public Estimators(List<ModelRunner> runners) {
    for (ModelRunner r : runners) {
      for (String name : r.estimators()) {
        byName.put(name, r);
      }
    }
  }

  /** Every estimator family of the analysis module. */
  public static Estimators standard() {
    return new Estimators(List.of(new CountModelRunner(), new PanelModelRunner()));
  }

  public ModelRunner runnerFor(ModelSpec spec) {
    ModelRunner r = byName.get(spec.estimator());
    if (r == null) {
      throw spec.node()
          .get("estimator")
          .error("'" + spec.estimator() + "' is not one of " + String.join(", ", byName.keySet()));
    }
    return r;
  }
}
