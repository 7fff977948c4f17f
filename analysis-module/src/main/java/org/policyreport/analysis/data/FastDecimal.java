package org.policyreport.analysis.data;

/**
 * Parses plain decimals ("-12.345", "6e-3") without allocation when the result is exactly
 * representable by Clinger's fast path (at most 15 significant digits, power of ten at most 22),
 * which makes the result correctly rounded, identical to {@link Double#parseDouble}. Returns NaN
 * when the text is outside that path so that the caller falls back to the JDK.
 */
final class FastDecimal {
  private static final double[] POW10 = new double[23];

  static {
    double p = 1.0;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10.0;
    }
  }

  private FastDecimal() {}

  static double parse(CharSequence s) {
    int n = s.length();
    byte[] ascii = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return Double.NaN; // not a plain decimal: the caller falls back to the JDK
      }
      ascii[i] = (byte) c;
    }
    return parse(ascii, 0, n);
  }

  /** The same as {@link #parse(CharSequence)} for the ASCII bytes {@code s[from..to)}. */
  static double parse(byte[] s, int from, int to) {
    int n = to;
    int i = from;
    boolean negative = false;
    if (i < n && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean any = false;
    boolean dot = false;
    for (; i < n; i++) {
      int c = s[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa == 0 && c == '0') {
          if (dot) {
            scale--;
          }
          continue;
        }
        if (digits >= 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (dot) {
          scale--;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (!any) {
      return Double.NaN;
    }
    if (i < n) {
      int c = s[i];
      if (c != 'e' && c != 'E') {
        return Double.NaN;
      }
      i++;
      boolean expNeg = false;
      if (i < n && (s[i] == '-' || s[i] == '+')) {
        expNeg = s[i] == '-';
        i++;
      }
      int exp = 0;
      int expDigits = 0;
      for (; i < n; i++) {
        int d = s[i];
        if (d < '0' || d > '9' || expDigits > 4) {
          return Double.NaN;
        }
        exp = exp * 10 + (d - '0');
        expDigits++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      scale += expNeg ? -exp : exp;
    }
    double v = mantissa;
    if (mantissa == 0) {
      v = 0.0;
    } else if (scale < 0) {
      if (-scale > 22) {
        return Double.NaN;
      }
      v = v / POW10[-scale];
    } else if (scale > 0) {
      if (scale > 22) {
        return Double.NaN;
      }
      v = v * POW10[scale];
      if (v > 9007199254740992.0 && scale + digits > 15) {
        return Double.NaN;
      }
    }
    return negative ? -v : v;
  }
}
