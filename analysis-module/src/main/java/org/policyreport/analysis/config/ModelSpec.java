package org.policyreport.analysis.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.terms.Term;
import org.policyreport.analysis.terms.TermParser;
import org.policyreport.contract.config.ConfigNode;

/**
 * One entry under {@code models:}. The keys every model shares are parsed here: the dependent
 * variable, the regressors and the dispersion covariates as terms ({@code log(x)}, {@code
 * factor(x)}, ...), {@code timeEffects}, {@code reference} (the reference level of each factor) and
 * {@code missing} (listwise deletion or an error). Estimator-specific keys ({@code vce}, {@code
 * panels}, ...) are read by the estimator's own options parser from {@code node}, so that each
 * complaint names the exact key.
 */
public record ModelSpec(
    String id,
    String estimator,
    String label,
    String data,
    String dependent,
    List<String> regressors,
    List<String> dispersion,
    boolean timeEffects,
    Map<String, String> reference,
    Missing missing,
    ConfigNode node) {

  /** What a model does with a row that has a blank in a variable it uses. */
  public enum Missing {
    /** Drop the row for this model, count it and say so (R's and Stata's default). */
    LISTWISE,
    /** Fail, naming the first blank cell. */
    ERROR
  }

  public ModelSpec {
    regressors = List.copyOf(regressors);
    dispersion = List.copyOf(dispersion);
    reference = Collections.unmodifiableMap(new LinkedHashMap<>(reference));
  }

  /** The shared keys besides the ones given, read from {@code node}. */
  public ModelSpec(
      String id,
      String estimator,
      String label,
      String data,
      String dependent,
      List<String> regressors,
      ConfigNode node) {
    this(
        id,
        estimator,
        label,
        data,
        dependent,
        regressors,
        node.strings("dispersion"),
        node.bool("timeEffects", false),
        references(node),
        node.choice("missing", Missing.class, Missing.LISTWISE),
        node);
  }

  private static Map<String, String> references(ConfigNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    ConfigNode r = node.get("reference");
    for (String key : r.fieldNames()) {
      out.put(key, r.requiredString(key));
    }
    return out;
  }

  /** The same model with the terms resolved to the columns of a model frame. */
  public ModelSpec resolved(String dependent, List<String> regressors, List<String> dispersion) {
    return new ModelSpec(
        id,
        estimator,
        label,
        data,
        dependent,
        regressors,
        dispersion,
        timeEffects,
        reference,
        missing,
        node);
  }

  /** The dependent variable as a term. */
  public Term dependentTerm() {
    Term t = parse(dependent, node.get("dependent"));
    if (t instanceof Term.Factor) {
      throw node.get("dependent").error("cannot be a factor(...)");
    }
    return t;
  }

  public List<Term> regressorTerms() {
    return parseAll(regressors, node.get("regressors"));
  }

  public List<Term> dispersionTerms() {
    return parseAll(dispersion, node.get("dispersion"));
  }

  /** Parses every term once, so that a bad one fails before data are read. */
  public void checkTerms() {
    dependentTerm();
    List<Term> all = new ArrayList<>(regressorTerms());
    all.addAll(dispersionTerms());
    java.util.Set<String> factors = new java.util.HashSet<>();
    for (Term t : all) {
      if (t instanceof Term.Factor) {
        factors.add(((Term.Factor) t).variable());
      }
    }
    for (String v : reference.keySet()) {
      if (!factors.contains(v)) {
        throw node.get("reference")
            .get(v)
            .error("names '" + v + "', which is not a factor(...) term of this model");
      }
    }
  }

  private static List<Term> parseAll(List<String> texts, ConfigNode where) {
    List<Term> out = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      ConfigNode at = where.raw().isArray() ? where.elements().get(i) : where;
      Term t = parse(texts.get(i), at);
      if (!names.add(t.name())) {
        throw where.error("lists '" + t.name() + "' twice");
      }
      out.add(t);
    }
    return out;
  }

  private static Term parse(String text, ConfigNode where) {
    try {
      return TermParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw where.error(e.getMessage());
    }
  }
}
