package org.policyreport.contract.config;

import java.util.Collection;

/** Edit distance, to suggest the name that was probably meant: a config key, a region, a unit. */
public final class Levenshtein {
  private Levenshtein() {}

  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The candidate closest to {@code word} (case-insensitive), if it is close enough to be a likely
   * typo: at most a third of the word's letters differ (at least 1, at most 3); null otherwise.
   * Ties go to the alphabetically first candidate, so the suggestion does not depend on parse
   * order.
   */
  public static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (String c : new java.util.TreeSet<>(candidates)) {
      int d = distance(w, c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, Math.min(3, word.length() / 3));
    return bestDistance <= limit ? best : null;
  }
}
