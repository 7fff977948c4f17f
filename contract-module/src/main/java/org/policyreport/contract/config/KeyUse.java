package org.policyreport.contract.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which keys the parsers asked for at each mapping of one config file, and where each key is
 * written. Nobody registers keys: whatever a parser asks for (present or not) is a known key, and a
 * parser that lists a mapping's keys ({@link ConfigNode#fieldNames()}) takes all of them. After
 * every parser has run, a key that is in the file but that no parser asked for is a mistake (a typo
 * such as {@code regresors:} would otherwise fit a different model without a word).
 */
final class KeyUse {
  private final String file;
  private final Map<String, int[]> locations;
  private final Map<String, Set<String>> asked = new HashMap<>();
  private final Set<String> listed = new java.util.HashSet<>();

  KeyUse(String file, Map<String, int[]> locations) {
    this.file = file;
    this.locations = Map.copyOf(locations);
  }

  synchronized void asked(String path, String key) {
    asked.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(key);
  }

  synchronized void listed(String path) {
    listed.add(path);
  }

  /** Fails on the first key of {@code root} (in file order) that no parser asked for. */
  synchronized void rejectUnknown(JsonNode root) {
    List<String[]> unknown = new ArrayList<>();
    collect(root, "", unknown);
    if (unknown.isEmpty()) {
      return;
    }
    unknown.sort(
        java.util.Comparator.comparingInt((String[] u) -> line(u[0], u[1])[0])
            .thenComparingInt(u -> line(u[0], u[1])[1]));
    String[] first = unknown.get(0);
    String path = first[0];
    String key = first[1];
    Set<String> known = asked.getOrDefault(path, Set.of());
    String suggestion = Levenshtein.closest(key, known);
    String hint =
        suggestion != null
            ? " (did you mean '" + suggestion + "'?)"
            : known.isEmpty()
                ? ""
                : " (known keys here: " + String.join(", ", new java.util.TreeSet<>(known)) + ")";
    String more = unknown.size() > 1 ? "; " + (unknown.size() - 1) + " more unknown keys" : "";
    throw new UnknownKeyException(
        where(path, key)
            + ": "
            + (path.isEmpty() ? key : path + "." + key)
            + " is not a known key"
            + hint
            + more);
  }

  private void collect(JsonNode node, String path, List<String[]> out) {
    if (node.isObject()) {
      boolean all = listed.contains(path);
      Set<String> known = asked.getOrDefault(path, Set.of());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (all || known.contains(e.getKey())) {
          collect(e.getValue(), child, out);
        } else {
          out.add(new String[] {path, e.getKey()});
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private int[] line(String path, String key) {
    int[] at = locations.get(path.isEmpty() ? key : path + "." + key);
    return at == null ? new int[] {Integer.MAX_VALUE, 0} : at;
  }

  /** "file line L, column C" of a key, or just the file when its place is not known. */
  String where(String path, String key) {
    int[] at = locations.get(path.isEmpty() ? key : path + "." + key);
    return at == null ? file : file + " line " + at[0] + ", column " + at[1];
  }
}
