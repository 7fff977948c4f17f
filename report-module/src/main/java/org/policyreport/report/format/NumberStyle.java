package org.policyreport.report.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The single place where the report turns numbers into text. Both languages of the report use a
 * comma for thousands and a point for decimals (Korean official documents do too); rounding is
 * half-up on the decimal value, as a reader rounding by hand would.
 */
public final class NumberStyle {
  /** Significance levels of the stars, most significant first. */
  private static final double[] STAR_LEVELS = {0.01, 0.05, 0.10};

  private final int decimals;

  public NumberStyle(int decimals) {
    this.decimals = decimals;
  }

  /** Decimals of coefficients and standard errors. */
  public int decimals() {
    return decimals;
  }

  /** A number with {@code d} decimals and thousands separators; "–" when not finite. */
  public String num(double x, int d) {
    if (!Double.isFinite(x)) {
      return "–";
    }
    BigDecimal v = new BigDecimal(Double.toString(x)).setScale(d, RoundingMode.HALF_UP);
    if (v.signum() == 0) {
      v = v.abs();
    }
    DecimalFormat f =
        new DecimalFormat(
            d == 0 ? "#,##0" : "#,##0." + "0".repeat(d),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(v);
    return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
  }

  /** A number with the report's decimals. */
  public String num(double x) {
    return num(x, decimals);
  }

  /**
   * The report's decimals, or more when a non-zero value among {@code values} would otherwise round
   * to zero: then enough for two significant digits (at most 8), so that a coefficient of 0.00008
   * per venture firm does not read "0.000".
   */
  public int decimalsFor(double... values) {
    int d = decimals;
    for (double v : values) {
      double a = Math.abs(v);
      if (a > 0 && Double.isFinite(a) && a < 0.5 * Math.pow(10, -decimals)) {
        int needed = (int) Math.ceil(-Math.log10(a)) + 1;
        d = Math.max(d, Math.min(8, needed));
      }
    }
    return d;
  }

  /**
   * The report's decimals, or more when a non-zero value among {@code values} would otherwise print
   * as zero: then enough for its first significant digit (at most 8), so that a standard error of
   * 0.0003 reads "(0.0003)", not "(0.000)".
   */
  public int decimalsShowing(double... values) {
    int d = decimals;
    for (double v : values) {
      double a = Math.abs(v);
      if (a > 0 && Double.isFinite(a) && a < 0.5 * Math.pow(10, -decimals)) {
        int needed = (int) Math.ceil(-Math.log10(a) - 1e-9);
        // a value that rounds up to the next power of ten (0.00096 → 0.001) needs one fewer
        if (new BigDecimal(Double.toString(a)).setScale(needed - 1, RoundingMode.HALF_UP).signum()
            != 0) {
          needed--;
        }
        d = Math.max(d, Math.min(8, needed));
      }
    }
    return d;
  }

  /** A whole number with thousands separators. */
  public String integer(long n) {
    return num(n, 0);
  }

  /** A standard error in parentheses. */
  public String se(double x) {
    return "(" + num(x) + ")";
  }

  /** Stars for a p-value: *** below 0.01, ** below 0.05, * below 0.1. */
  public String stars(double p) {
    if (Double.isNaN(p)) {
      return "";
    }
    int n = 0;
    for (double level : STAR_LEVELS) {
      if (p < level) {
        n++;
      }
    }
    return "*".repeat(n);
  }

  /** A p-value: three decimals, or "<0.001". */
  public String p(double p) {
    if (Double.isNaN(p)) {
      return "–";
    }
    return p < 0.001 ? "<0.001" : num(p, 3);
  }

  /** A p-value as it follows "p" in a sentence: "< 0.001", "< 0.01" below 0.01, else "= 0.034". */
  public String pClause(double p) {
    if (Double.isNaN(p)) {
      return "= –";
    }
    if (p < 0.001) {
      return "< 0.001";
    }
    if (p < 0.01) {
      return "< 0.01";
    }
    return "= " + num(p, 3);
  }

  /** A percentage of a proportion-like change, e.g. 0.123 → "12.3". */
  public String percent(double fraction, int d) {
    return num(100.0 * fraction, d);
  }

  /** The highest conventional level (1, 5, 10 %) at which p is significant, or 0 for none. */
  public int significanceLevel(double p) {
    if (p < 0.01) {
      return 1;
    }
    if (p < 0.05) {
      return 5;
    }
    if (p < 0.10) {
      return 10;
    }
    return 0;
  }
}
