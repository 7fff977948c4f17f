package org.policyreport.analysis.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of a term. The grammar, with spaces allowed between tokens:
 *
 * <pre>
 * term    = factor(name) | product
 * product = power (":" power)*
 * power   = primary ("^" number)?
 * primary = log(term) | log1p(term) | sqrt(term) | diff(term) | lag(term [, k]) | name
 * </pre>
 *
 * A name is any run of characters other than spaces and {@code ( ) , : ^}, so that column names
 * with dots, underscores or Hangul need no quoting.
 */
public final class TermParser {
  private final String text;
  private int pos;

  private TermParser(String text) {
    this.text = text;
  }

  /**
   * Parses {@code text}; throws {@link IllegalArgumentException} with a message that says what was
   * expected where.
   */
  public static Term parse(String text) {
    TermParser p = new TermParser(text);
    p.skipSpaces();
    Term t;
    int start = p.pos;
    if (p.lookingAtCall("factor")) {
      p.expectCall("factor");
      String v = p.name();
      p.expect(')');
      t = new Term.Factor(p.nameFrom(start), v);
    } else {
      t = p.product();
    }
    p.skipSpaces();
    if (p.pos < text.length()) {
      throw p.error("unexpected '" + text.charAt(p.pos) + "'");
    }
    return t;
  }

  private Term product() {
    int start = pos;
    List<Term> parts = new ArrayList<>();
    parts.add(power());
    skipSpaces();
    while (pos < text.length() && text.charAt(pos) == ':') {
      pos++;
      parts.add(power());
      skipSpaces();
    }
    return parts.size() == 1 ? parts.get(0) : new Term.Product(nameFrom(start), parts);
  }

  private Term power() {
    skipSpaces();
    int start = pos;
    Term base = primary();
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == '^') {
      pos++;
      skipSpaces();
      int s = pos;
      while (pos < text.length() && "0123456789.-".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      double e;
      try {
        e = Double.parseDouble(text.substring(s, pos));
      } catch (NumberFormatException ex) {
        throw error("expected a number after '^'");
      }
      return new Term.Power(nameFrom(start), base, e);
    }
    return base;
  }

  private Term primary() {
    skipSpaces();
    int start = pos;
    for (String f : List.of("log1p", "log", "sqrt", "diff", "lag", "factor")) {
      if (lookingAtCall(f)) {
        if (f.equals("factor")) {
          throw error("factor(...) must be a term of its own, not part of another term");
        }
        expectCall(f);
        Term arg = product();
        skipSpaces();
        int k = 1;
        if (f.equals("lag") && pos < text.length() && text.charAt(pos) == ',') {
          pos++;
          skipSpaces();
          int s = pos;
          while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
          }
          if (s == pos) {
            throw error("expected a whole number of periods after ','");
          }
          k = Integer.parseInt(text.substring(s, pos));
          if (k < 1) {
            throw error("the lag must be at least 1 period");
          }
        }
        expect(')');
        String name = nameFrom(start);
        switch (f) {
          case "log1p":
            return new Term.Log1p(name, arg);
          case "log":
            return new Term.Log(name, arg);
          case "sqrt":
            return new Term.Sqrt(name, arg);
          case "diff":
            return new Term.Diff(name, arg);
          default:
            return new Term.Lag(name, arg, k);
        }
      }
    }
    return new Term.Variable(name());
  }

  private boolean lookingAtCall(String f) {
    if (!text.startsWith(f, pos)) {
      return false;
    }
    int p = pos + f.length();
    while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p < text.length() && text.charAt(p) == '(';
  }

  private void expectCall(String f) {
    pos += f.length();
    expect('(');
  }

  private String name() {
    skipSpaces();
    int s = pos;
    while (pos < text.length()
        && !Character.isWhitespace(text.charAt(pos))
        && "(),:^".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (s == pos) {
      throw error(pos < text.length() ? "expected a column name" : "the term ends too early");
    }
    return text.substring(s, pos);
  }

  private void expect(char c) {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /** The text from {@code start} to here without spaces: the term's name. */
  private String nameFrom(int start) {
    return text.substring(start, pos).replaceAll("\\s+", "");
  }

  private IllegalArgumentException error(String what) {
    boolean split =
        text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
    return new IllegalArgumentException(
        "'"
            + text
            + "' is not a term: "
            + what
            + " at character "
            + (pos + 1)
            + (split
                ? " (in a [...] list a comma separates items: quote a term with a comma, as"
                    + " \"lag(x, 2)\")"
                : ""));
  }
}
