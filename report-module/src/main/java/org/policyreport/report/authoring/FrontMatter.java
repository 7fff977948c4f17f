package org.policyreport.report.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chapter's YAML front matter, as Quarto writes it: {@code ---}, {@code key: value} lines, {@code
 * ---} at the very top of the file. It sets the document's {@code subject} and {@code summary}
 * (file properties) and the title page's {@code notice}. A {@code ---} followed by a blank line is
 * a page break, not front matter.
 */
record FrontMatter(Map<String, String> values, String rest) {
  static final Set<String> KEYS = Set.of("subject", "summary", "notice");

  /** Splits {@code text} (FreeMarker's output) into front matter and the Markdown after it. */
  static FrontMatter split(String text, Where file) {
    return split(text, file, KEYS);
  }

  /** As {@link #split(String, Where)}, allowing {@code keys} (a brief's take a title). */
  static FrontMatter split(String text, Where file, Set<String> keys) {
    List<String> lines = text.lines().toList();
    if (lines.size() < 3 || !lines.get(0).strip().equals("---") || lines.get(1).isBlank()) {
      return new FrontMatter(Map.of(), text);
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return new FrontMatter(Map.of(), text);
    }
    CellOptions o =
        CellOptions.parse("front matter", String.join("\n", lines.subList(1, end)), file);
    o.allowOnly(keys, "the front matter");
    Map<String, String> values = new LinkedHashMap<>();
    for (String k : new java.util.TreeSet<>(keys)) {
      if (o.has(k)) {
        values.put(k, o.string(k));
      }
    }
    // Blank lines keep the line numbers of what follows.
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      rest.append(i <= end ? "" : lines.get(i)).append('\n');
    }
    return new FrontMatter(values, rest.toString());
  }
}
