package org.policyreport.report.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.VariableSummary;

/**
 * How the generated text reads a variable or model term: the noun that names it inside a sentence,
 * whether it is a logarithm, a 0/1 indicator or a lag, and whether it is measured in per cent (its
 * changes are then percentage points). Everything comes from the term's name and the config's
 * labels, never from a list of known variables.
 *
 * <p>A term is a logarithm when its name is {@code log(x)} or {@code ln(x)} or the config declares
 * the column {@code log: true}. It is a 0/1 indicator when its name is {@code x=level} (or {@code
 * factor(x)=level}), or when the descriptives in the results give it a minimum of 0 and a maximum
 * of 1 (the results carry no other sign of it). It is in per cent when its label ends in a
 * parenthesis with "%" in it, as "Fiscal autonomy (%)" or "R&amp;D intensity (% of GRDP)".
 */
final class Terms {
  private static final Pattern LOG = Pattern.compile("(?:log|ln)\\((.+)\\)");
  // The analysis names a factor's dummy "x=level"; "factor(x)=level" is the older spelling.
  private static final Pattern FACTOR = Pattern.compile("(?:factor\\(([^()]+)\\)|([^=()]+))=(.+)");
  private static final Pattern LAG = Pattern.compile("lag\\((.+?)(?:,\\s*(\\d+))?\\)");
  private static final Pattern PERCENT_UNIT = Pattern.compile("\\s*\\([^()]*%[^()]*\\)\\s*$");
  private static final Pattern LOG_LABEL = Pattern.compile("^(?:log|ln)\\s*\\((.+)\\)$");

  private final ReportContext ctx;

  Terms(ReportContext ctx) {
    this.ctx = ctx;
  }

  /** What one term is. */
  record Reading(
      String name,
      String noun,
      boolean log,
      boolean dummy,
      String level,
      boolean percent,
      boolean factor,
      String column) {
    Reading(String name, String noun, boolean log, boolean dummy, String level, boolean percent) {
      this(name, noun, log, dummy, level, percent, false, "");
    }
  }

  Reading read(String term, ModelResult model) {
    Matcher m = LOG.matcher(term);
    if (m.matches()) {
      Reading inner = read(m.group(1), model);
      return new Reading(term, inner.noun(), true, false, "", inner.percent());
    }
    m = FACTOR.matcher(term);
    if (m.matches()) {
      String column = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      return new Reading(
          term,
          noun(column),
          false,
          true,
          ctx.valueLabel(column, m.group(3).strip()),
          false,
          true,
          column);
    }
    m = LAG.matcher(term);
    if (m.matches()) {
      Reading inner = read(m.group(1), model);
      int k = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      String noun =
          ctx.words()
              .format(
                  k == 1 ? "term.lag1" : "term.lag",
                  inner.noun(),
                  ctx.numbers().integer(k),
                  period());
      return new Reading(term, noun, inner.log(), inner.dummy(), inner.level(), inner.percent());
    }
    String label = ctx.variable(term);
    boolean log = ctx.settings().study().logged().contains(term);
    boolean percent = PERCENT_UNIT.matcher(label).find();
    return new Reading(term, noun(term), log, !log && isZeroOne(term, model), "1", percent);
  }

  /**
   * The variable's label as a noun inside a sentence: without a per-cent unit in parentheses,
   * without a ln(...) wrapper on a column declared as a logarithm, and in English with a small
   * first letter unless the first word is an abbreviation ("GRDP growth", "R&amp;D intensity").
   */
  String noun(String name) {
    String label = PERCENT_UNIT.matcher(ctx.variable(name)).replaceFirst("").strip();
    if (ctx.settings().study().logged().contains(name)) {
      Matcher w = LOG_LABEL.matcher(label);
      if (w.matches()) {
        label = w.group(1).strip();
      }
    }
    if (ctx.language().equals("en") && !label.isEmpty()) {
      int space = label.indexOf(' ');
      String first = space < 0 ? label : label.substring(0, space);
      boolean abbreviation = first.length() > 1 && !Character.isLowerCase(first.charAt(1));
      if (!abbreviation) {
        label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
      }
    }
    return label;
  }

  private boolean isZeroOne(String term, ModelResult model) {
    if (model == null) {
      return false;
    }
    for (VariableSummary v : ctx.results().descriptives()) {
      if (v.data().equals(model.data()) && v.variable().equals(term)) {
        return v.min() == 0.0 && v.max() == 1.0;
      }
    }
    return false;
  }

  /** The configured name of one period ("year"), else the neutral word. */
  String period() {
    return ctx.periodWord();
  }

  /** The configured name of one panel unit ("region"), else the neutral word. */
  String unit() {
    return ctx.unitWord();
  }

  /** "221 region-year observations" / "221 observations"; Korean "지역-연도 관측치 221개". */
  String observations(int n) {
    var t = ctx.settings().study().observation();
    String count = ctx.numbers().integer(n);
    return t == null
        ? ctx.words().format("word.observations", count)
        : ctx.words().format("word.observationsOf", count, t.in(ctx.language()));
  }
}
