package org.policyreport.analysis.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.config.ModelSpec;
import org.policyreport.analysis.terms.Term;
import org.policyreport.contract.config.ConfigNode;

/**
 * One entry under {@code scenarios:}: the model it uses, the changes of its regressors' raw
 * variables and the period they apply in ({@code year}; without it, each unit's latest period).
 */
public record ScenarioSpec(
    String id, String model, List<Change> changes, String year, ConfigNode node) {

  public ScenarioSpec {
    changes = List.copyOf(changes);
  }

  /** How a change alters a value. */
  public enum Operation {
    SET,
    ADD,
    MULTIPLY
  }

  /** One change: {@code variable} set to, increased by or multiplied by {@code value}. */
  public record Change(String variable, Operation operation, double value, ConfigNode node) {
    public double apply(double x) {
      switch (operation) {
        case SET:
          return value;
        case ADD:
          return x + value;
        default:
          return x * value;
      }
    }
  }

  /**
   * Reads {@code scenarios:}, checking each against the models: the model must exist and every
   * changed variable must be a raw variable of one of its (non-factor) regressor terms.
   */
  public static List<ScenarioSpec> parseAll(ConfigNode scenarios, Map<String, ModelSpec> models) {
    List<ScenarioSpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode s : scenarios.elements()) {
      String id = s.requiredString("id");
      if (!ids.add(id)) {
        throw s.get("id").error("'" + id + "' is used by another scenario (ids must be unique)");
      }
      String model = s.requiredString("model");
      ModelSpec spec = models.get(model);
      if (spec == null) {
        throw s.get("model")
            .error(
                "'"
                    + model
                    + "' is not a model (defined: "
                    + String.join(", ", models.keySet())
                    + ")");
      }
      Set<String> variables = changeable(spec);
      ConfigNode change = s.get("change");
      List<String> names = change.fieldNames();
      if (names.isEmpty()) {
        throw change.error(
            "is required: the regressors to change, e.g. {" + first(variables) + ": +5}");
      }
      List<Change> changes = new ArrayList<>();
      for (String v : names) {
        ConfigNode c = change.get(v);
        if (!variables.contains(v)) {
          throw c.error(
              "is not a variable of the regressors of model '"
                  + model
                  + "' (they use: "
                  + String.join(", ", variables)
                  + ")");
        }
        changes.add(change(v, c));
      }
      String year = s.has("year") ? s.get("year").asString().trim() : null;
      out.add(new ScenarioSpec(id, model, changes, year, s));
    }
    return List.copyOf(out);
  }

  /** The raw variables a scenario may change: those of the regressor terms but factors. */
  static Set<String> changeable(ModelSpec spec) {
    Set<String> out = new LinkedHashSet<>();
    for (Term t : spec.regressorTerms()) {
      if (!(t instanceof Term.Factor)) {
        out.addAll(t.variables());
      }
    }
    return out;
  }

  private static String first(Set<String> variables) {
    return variables.isEmpty() ? "x" : variables.iterator().next();
  }

  /**
   * A number adds (YAML reads {@code +5} as the number 5); a text sets ({@code "=30"}), adds
   * ({@code "+5"}, {@code "-5"}) or multiplies ({@code "*1.1"}, quoted: YAML reads a bare {@code *}
   * as an alias).
   */
  private static Change change(String variable, ConfigNode c) {
    if (c.raw().isNumber()) {
      return checked(variable, Operation.ADD, c.raw().doubleValue(), c);
    }
    String raw = c.asString().trim();
    Operation op;
    String number;
    if (raw.startsWith("=")) {
      op = Operation.SET;
      number = raw.substring(1);
    } else if (raw.startsWith("*")) {
      op = Operation.MULTIPLY;
      number = raw.substring(1);
    } else {
      op = Operation.ADD;
      number = raw;
    }
    double value;
    try {
      value = Double.parseDouble(number.trim());
    } catch (NumberFormatException e) {
      throw c.error(
          "'"
              + raw
              + "' is not a change: write \"=30\" to set, +5 or -5 to add, \"*1.1\" to multiply");
    }
    return checked(variable, op, value, c);
  }

  private static Change checked(String variable, Operation op, double value, ConfigNode c) {
    if (!Double.isFinite(value)) {
      throw c.error("must be a finite number, not " + value);
    }
    return new Change(variable, op, value, c);
  }
}
