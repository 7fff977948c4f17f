package org.policyreport.report.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The YAML body of a generated-block cell, with the line of each key so that an error names the
 * line the author wrote. A list may be written as a YAML list or as "a, b, c".
 */
final class CellOptions {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String cell;
  private final JsonNode node;
  private final List<String> lines;
  private final Where fence;

  private CellOptions(String cell, JsonNode node, List<String> lines, Where fence) {
    this.cell = cell;
    this.node = node;
    this.lines = lines;
    this.fence = fence;
  }

  /** Parses the body of the cell {@code {cell}} whose opening fence is at {@code fence}. */
  static CellOptions parse(String cell, String body, Where fence) {
    JsonNode node;
    try {
      node = body.isBlank() ? YAML.createObjectNode() : YAML.readTree(body);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw fence
          .plus(line)
          .error("{" + cell + "}: not valid YAML (" + e.getOriginalMessage() + ")");
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      node = YAML.createObjectNode();
    }
    if (!node.isObject()) {
      throw fence.plus(1).error("{" + cell + "}: write one 'key: value' per line");
    }
    return new CellOptions(cell, node, body.lines().toList(), fence);
  }

  Where fence() {
    return fence;
  }

  /** The line of {@code key} (the fence when the key is absent). */
  Where at(String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
        return fence.plus(i + 1);
      }
    }
    return fence;
  }

  /** Fails on the first key not in {@code allowed}, naming it, its line and what is allowed. */
  void allowOnly(Set<String> allowed, String what) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw at(k)
            .error(
                "unknown key '"
                    + k
                    + "' in "
                    + what
                    + " (allowed: "
                    + String.join(", ", new TreeSet<>(allowed))
                    + ")");
      }
    }
  }

  boolean has(String key) {
    JsonNode v = node.get(key);
    return v != null && !v.isNull();
  }

  String required(String key) {
    if (!has(key)) {
      throw fence.error("{" + cell + "} needs '" + key + ":'");
    }
    return string(key);
  }

  /** The value of {@code key} as text, or null when absent. */
  String string(String key) {
    if (!has(key)) {
      return null;
    }
    JsonNode v = node.get(key);
    if (!v.isValueNode() || v.asText().isBlank()) {
      throw at(key).error("'" + key + "' must be a single value");
    }
    return v.asText();
  }

  /** The values of {@code key} (a YAML list or "a, b"), empty when absent. */
  List<String> list(String key) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode v = node.get(key);
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isValueNode() || e.asText().isBlank()) {
          throw at(key).error("'" + key + "' must list names");
        }
        out.add(e.asText());
      }
    } else if (v.isValueNode()) {
      out.addAll(Arrays.stream(v.asText().split("\\s*,\\s*")).filter(s -> !s.isBlank()).toList());
    } else {
      throw at(key).error("'" + key + "' must be a list");
    }
    return out;
  }

  boolean flag(String key) {
    if (!has(key)) {
      return false;
    }
    JsonNode v = node.get(key);
    if (!v.isBoolean()) {
      throw at(key).error("'" + key + "' must be true or false");
    }
    return v.booleanValue();
  }
}
