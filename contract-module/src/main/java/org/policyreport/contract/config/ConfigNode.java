package org.policyreport.contract.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.policyreport.contract.InputException;

/**
 * A node of the configuration tree that knows its key path ({@code models[1].vce}) and its file, so
 * that every complaint about a value names the file and the key.
 *
 * <p>A tree read by {@link ConfigTree#parse} also records every key that a parser asks for ({@link
 * #get}, and everything built on it, present or not) and every mapping whose keys a parser lists
 * ({@link #fieldNames}); {@link #rejectUnknownKeys} then fails on a key that nobody asked for. So a
 * parser accepts a new key simply by reading it, and must read it before that check (while parsing
 * the config, not later while reading data).
 */
public final class ConfigNode {
  private final JsonNode node;
  private final String file;
  private final String path;
  private final KeyUse keys;

  public ConfigNode(JsonNode node, String file, String path) {
    this(node, file, path, null);
  }

  ConfigNode(JsonNode node, String file, String path, KeyUse keys) {
    this.node = node == null ? MissingNode.getInstance() : node;
    this.file = file;
    this.path = path;
    this.keys = keys;
  }

  /**
   * Fails with an error naming the file, line and column of the first key in this tree that no
   * parser asked for, suggesting the closest key that was asked for at the same place. Call it on
   * the root after every part of the config has been parsed.
   */
  public void rejectUnknownKeys() {
    if (keys != null) {
      keys.rejectUnknown(node);
    }
  }

  public String file() {
    return file;
  }

  /** The key path of this node, e.g. {@code models[0]}; empty for the root. */
  public String path() {
    return path;
  }

  public boolean isMissing() {
    return node.isMissingNode() || node.isNull();
  }

  public boolean has(String key) {
    return !get(key).isMissing();
  }

  public ConfigNode get(String key) {
    if (keys != null) {
      keys.asked(path, key);
    }
    return new ConfigNode(node.get(key), file, path.isEmpty() ? key : path + "." + key, keys);
  }

  public List<ConfigNode> elements() {
    if (isMissing()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw error("must be a list");
    }
    List<ConfigNode> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(new ConfigNode(node.get(i), file, path + "[" + i + "]", keys));
    }
    return out;
  }

  public List<String> fieldNames() {
    if (isMissing()) {
      return List.of();
    }
    if (!node.isObject()) {
      throw error("must be a mapping of keys to values");
    }
    if (keys != null) {
      // A parser that lists the keys takes them all (e.g. the names of data sources or labels).
      keys.listed(path);
    }
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  public String requiredString(String key) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      throw c.error("is required");
    }
    return c.asString();
  }

  public String string(String key, String fallback) {
    ConfigNode c = get(key);
    return c.isMissing() ? fallback : c.asString();
  }

  public String asString() {
    if (!node.isValueNode()) {
      throw error("must be a single value, not a list or mapping");
    }
    String s = node.asText();
    if (s.isBlank()) {
      throw error("must not be empty");
    }
    return s;
  }

  public boolean bool(String key, boolean fallback) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      return fallback;
    }
    if (!c.node.isBoolean()) {
      throw c.error("must be true or false, not '" + c.node.asText() + "'");
    }
    return c.node.booleanValue();
  }

  public double number(String key, double fallback) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      return fallback;
    }
    if (!c.node.isNumber()) {
      throw c.error("must be a number, not '" + c.node.asText() + "'");
    }
    return c.node.doubleValue();
  }

  public int integer(String key, int fallback) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      return fallback;
    }
    if (!c.node.isIntegralNumber()) {
      throw c.error("must be a whole number, not '" + c.node.asText() + "'");
    }
    return c.node.intValue();
  }

  /** A list of strings; a single string is accepted as a list of one. */
  public List<String> strings(String key) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      return List.of();
    }
    if (c.node.isValueNode()) {
      return List.of(c.asString());
    }
    List<String> out = new ArrayList<>();
    for (ConfigNode e : c.elements()) {
      out.add(e.asString());
    }
    return List.copyOf(out);
  }

  /** An enum constant by its lower-case name (or an alias), naming the allowed values on error. */
  public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      return fallback;
    }
    String raw = c.asString().trim();
    String wanted = raw.toUpperCase(Locale.ROOT).replace('-', '_');
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name().toLowerCase(Locale.ROOT));
      if (e.name().equals(wanted)) {
        return e;
      }
    }
    throw c.error("'" + raw + "' is not one of " + String.join(", ", allowed));
  }

  /**
   * An enum constant by its lower-case name or an abbreviation of it, as Stata accepts option
   * values: a prefix at least {@code minimum} characters long (Stata's underlined part, e.g. 1 for
   * {@code h}eteroskedastic, 2 for {@code cl}uster). Names the values and abbreviations on error.
   */
  public <E extends Enum<E>> E abbreviated(
      String key, Class<E> type, E fallback, java.util.function.ToIntFunction<E> minimum) {
    ConfigNode c = get(key);
    if (c.isMissing()) {
      return fallback;
    }
    String raw = c.asString().trim();
    String wanted = raw.toLowerCase(Locale.ROOT);
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      int min = minimum.applyAsInt(e);
      allowed.add(name.length() > min ? name + " (" + name.substring(0, min) + ")" : name);
      if (wanted.length() >= min && name.startsWith(wanted)) {
        return e;
      }
    }
    throw c.error(
        "'"
            + raw
            + "' is not one of "
            + String.join(", ", allowed)
            + " (shortest accepted abbreviation in brackets)");
  }

  /** The underlying tree, for estimator options that are recorded verbatim in results. */
  public JsonNode raw() {
    return node;
  }

  /** An input error naming the file and this key. */
  public InputException error(String problem) {
    return new InputException(
        file + ": " + (path.isEmpty() ? "(top level)" : path) + " " + problem);
  }
}
