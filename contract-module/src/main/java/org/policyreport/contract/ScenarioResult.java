package org.policyreport.contract;

import java.util.List;

/**
 * A what-if scenario computed from a fitted model: the predicted outcome of each panel unit before
 * and after changing regressors, and of all units together.
 *
 * @param scale "counts" (count models: expected counts with exposure or offset) or "outcome"
 *     (linear models: the dependent variable's own units)
 * @param period the period label the changes apply in, or "latest" (each unit's latest period among
 *     the rows the model uses)
 * @param interval "z" (normal intervals) or "t" (Student's t with {@code df} degrees of freedom, as
 *     the model's own inference)
 * @param units one row per unit, in the order of the panel
 * @param totalKind "sum" (counts: the units' predictions added up) or "mean" (linear outcomes,
 *     often rates: their unweighted average)
 * @param total the units together, as {@code totalKind} says; its percent is that of the total
 */
public record ScenarioResult(
    String id,
    String model,
    String estimator,
    String data,
    String dependent,
    String scale,
    List<ScenarioChange> changes,
    String period,
    String interval,
    Double df,
    List<ScenarioRow> units,
    String totalKind,
    ScenarioRow total,
    List<Note> notes) {

  public ScenarioResult {
    changes = List.copyOf(changes);
    units = List.copyOf(units);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
