package org.policyreport.report.render.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, no
 * apostrophe at either end, not "History", and unique ignoring case.
 */
final class SheetNames {
  static final int MAX = 31;

  private final Set<String> taken = new HashSet<>();

  /** A valid, unused name made from {@code wanted}, else from {@code fallback}. */
  String claim(String wanted, String fallback) {
    String base = clean(wanted);
    if (base.isEmpty()) {
      base = clean(fallback);
    }
    if (base.isEmpty()) {
      base = "Sheet";
    }
    String name = base;
    for (int n = 2; taken.contains(key(name)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX - suffix.length()) + suffix;
    }
    taken.add(key(name));
    return name;
  }

  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
        sb.append(c == '[' || c == ']' ? ' ' : '_');
      } else {
        sb.append(c);
      }
    }
    String out = sb.toString().trim().replaceAll("\\s+", " ");
    while (out.startsWith("'")) {
      out = out.substring(1);
    }
    out = cut(out, MAX);
    while (out.endsWith("'")) {
      out = out.substring(0, out.length() - 1);
    }
    if (out.equalsIgnoreCase("History")) {
      out = out + "_";
    }
    return out.trim();
  }

  /** Shortens to {@code max} chars without splitting a surrogate pair. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end).trim();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
