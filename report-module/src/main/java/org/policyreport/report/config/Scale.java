package org.policyreport.report.config;

import org.policyreport.contract.config.ConfigNode;

/**
 * How a regressor is presented: per {@code factor} units rather than per one unit, because one
 * venture firm or one researcher is too small a change to read ({@code labels.variables.<column>.
 * scale}). Tables, coefficient plots and effect sentences all use it; the results stay per unit.
 *
 * @param factor the change of the regressor that a coefficient is shown for (1000: per 1,000
 *     firms), a whole number from 1 to 10^9 because sentences speak of "an increase of 1,000";
 *     coefficients and standard errors are multiplied by it, ratios raised to its power
 * @param unit what follows the label in a table row or plot ("per 1,000 firms", "1,000개당"), or null
 *     for the language's neutral "per 1,000"
 */
public record Scale(double factor, Text unit) {
  public Scale {
    if (!valid(factor)) {
      throw new IllegalArgumentException("scale must be a whole number from 1 to 10^9: " + factor);
    }
  }

  /** Reads {@code scale:} and {@code unit:} of a variable's label; null when it has no scale. */
  static Scale of(ConfigNode variable) {
    if (variable.isMissing() || variable.raw().isValueNode() || !variable.has("scale")) {
      if (!variable.isMissing() && !variable.raw().isValueNode() && variable.has("unit")) {
        throw variable.get("unit").error("needs scale: beside it (the unit of the scaled change)");
      }
      return null;
    }
    double factor = variable.number("scale", 1.0);
    if (!valid(factor)) {
      throw variable
          .get("scale")
          .error("must be a whole number from 1 to 1,000,000,000 (1000: per 1,000), not " + factor);
    }
    return new Scale(factor, Text.of(variable.get("unit")));
  }

  private static boolean valid(double factor) {
    return factor >= 1 && factor <= 1e9 && factor == Math.rint(factor);
  }

  /** The factor as the step of a sentence ("an increase of 1,000"). */
  public long step() {
    return (long) factor;
  }

  /** Whether the factor changes anything. */
  public boolean shown() {
    return factor != 1.0;
  }
}
