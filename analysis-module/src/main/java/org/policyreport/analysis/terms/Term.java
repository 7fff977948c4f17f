package org.policyreport.analysis.terms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One term of a model as written in the config. Its name in results is the config text without
 * spaces ({@code lag(x, 2)} becomes {@code lag(x,2)}); a {@link Factor} stands for one dummy per
 * level but the reference, named {@code x=level}.
 */
public sealed interface Term
    permits Term.Variable,
        Term.Log,
        Term.Log1p,
        Term.Sqrt,
        Term.Power,
        Term.Product,
        Term.Lag,
        Term.Diff,
        Term.Factor {

  /** The name of the term in results: the text as written, without spaces. */
  String name();

  /** The data columns the term reads, in order of appearance. */
  default Set<String> variables() {
    Set<String> out = new LinkedHashSet<>();
    collect(out);
    return out;
  }

  /** Adds the columns the term reads to {@code out}. */
  void collect(Set<String> out);

  /** Whether the term shifts values within a panel (lag, diff), anywhere inside it. */
  boolean usesPanel();

  /** A column used as it is. */
  record Variable(String name) implements Term {
    @Override
    public void collect(Set<String> out) {
      out.add(name);
    }

    @Override
    public boolean usesPanel() {
      return false;
    }
  }

  /** The natural logarithm; the argument must be positive. */
  record Log(String name, Term arg) implements Term {
    @Override
    public void collect(Set<String> out) {
      arg.collect(out);
    }

    @Override
    public boolean usesPanel() {
      return arg.usesPanel();
    }
  }

  /** log(1 + x); the argument must be greater than -1. */
  record Log1p(String name, Term arg) implements Term {
    @Override
    public void collect(Set<String> out) {
      arg.collect(out);
    }

    @Override
    public boolean usesPanel() {
      return arg.usesPanel();
    }
  }

  /** The square root; the argument must not be negative. */
  record Sqrt(String name, Term arg) implements Term {
    @Override
    public void collect(Set<String> out) {
      arg.collect(out);
    }

    @Override
    public boolean usesPanel() {
      return arg.usesPanel();
    }
  }

  /** {@code x^p} for a whole or decimal exponent. */
  record Power(String name, Term base, double exponent) implements Term {
    @Override
    public void collect(Set<String> out) {
      base.collect(out);
    }

    @Override
    public boolean usesPanel() {
      return base.usesPanel();
    }
  }

  /** {@code x:z}, the product of two or more terms (an interaction of numeric variables). */
  record Product(String name, List<Term> factors) implements Term {
    public Product {
      factors = List.copyOf(factors);
    }

    @Override
    public void collect(Set<String> out) {
      for (Term t : factors) {
        t.collect(out);
      }
    }

    @Override
    public boolean usesPanel() {
      return factors.stream().anyMatch(Term::usesPanel);
    }
  }

  /** The value {@code k} periods earlier in the same unit (missing when that period is absent). */
  record Lag(String name, Term arg, int k) implements Term {
    @Override
    public void collect(Set<String> out) {
      arg.collect(out);
    }

    @Override
    public boolean usesPanel() {
      return true;
    }
  }

  /** The first difference within a unit, {@code x_t - x_(t-1)}. */
  record Diff(String name, Term arg) implements Term {
    @Override
    public void collect(Set<String> out) {
      arg.collect(out);
    }

    @Override
    public boolean usesPanel() {
      return true;
    }
  }

  /** One dummy per level of a column but the reference level. */
  record Factor(String name, String variable) implements Term {
    @Override
    public void collect(Set<String> out) {
      out.add(variable);
    }

    @Override
    public boolean usesPanel() {
      return false;
    }
  }
}
