package org.policyreport.report.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policyreport.contract.InputException;
import org.policyreport.contract.PanelSeries;
import org.policyreport.contract.config.Levenshtein;

/**
 * A panel unit a brief is about: its id, its display name in the brief's language, and the name of
 * its files (the id, made safe for any file system and unique within the panel).
 */
public record BriefUnit(String id, String name, List<String> otherNames, String fileName) {
  public BriefUnit {
    otherNames = List.copyOf(otherNames);
  }

  /** The units of a series, in the panel's order, named in {@code language}. */
  public static List<BriefUnit> of(PanelSeries s, String language) {
    List<BriefUnit> out = new ArrayList<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (int u = 0; u < s.units().size(); u++) {
      List<String> others = new ArrayList<>();
      for (var labels : s.unitLabels().values()) {
        others.add(labels.get(u));
      }
      List<String> own = s.unitLabels().get(language);
      String id = s.units().get(u);
      out.add(
          new BriefUnit(
              id, own == null ? id : own.get(u), others, uniqueFileName(safeFileName(id), taken)));
    }
    return out;
  }

  /**
   * The unit's id as a file name: characters that no file system takes are replaced, so two ids may
   * come out alike ({@code a/b}, {@code a_b}).
   */
  static String safeFileName(String id) {
    return id.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_");
  }

  /**
   * {@code name}, or {@code name-2}, {@code name-3}, ... when a unit earlier in the panel has it
   * already: compared without case, since some file systems do not tell {@code Seoul.pdf} from
   * {@code seoul.pdf}. The panel's order decides, so a unit keeps its file name whichever units a
   * run selects.
   */
  private static String uniqueFileName(String name, java.util.Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  /**
   * The units a {@code --units} list names ("서울,Busan"): by id or any display name, or by the start
   * of one when only one unit starts so. An unknown name is bad input naming the close ones.
   */
  public static List<BriefUnit> select(List<BriefUnit> all, String wanted) {
    if (wanted == null) {
      return all;
    }
    List<BriefUnit> out = new ArrayList<>();
    for (String w : wanted.split(",", -1)) {
      String name = w.trim();
      BriefUnit u = find(all, name);
      if (u == null) {
        throw new InputException("--units: no unit '" + name + "'" + close(all, name));
      }
      if (!out.contains(u)) {
        out.add(u);
      }
    }
    return out;
  }

  private boolean exactly(String name) {
    return id.equalsIgnoreCase(name) || otherNames.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  private boolean startsWith(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return id.toLowerCase(Locale.ROOT).startsWith(n)
        || otherNames.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).startsWith(n));
  }

  private static BriefUnit find(List<BriefUnit> all, String name) {
    if (name.isEmpty()) {
      return null;
    }
    for (BriefUnit u : all) {
      if (u.exactly(name)) {
        return u;
      }
    }
    List<BriefUnit> starting = all.stream().filter(u -> u.startsWith(name)).toList();
    return starting.size() == 1 ? starting.get(0) : null;
  }

  /** "; close: Busan, Buan" or the list of all units when none is close. */
  private static String close(List<BriefUnit> all, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    List<String> near = new ArrayList<>();
    for (BriefUnit u : all) {
      boolean isNear = u.startsWith(name.isEmpty() ? "\u0000" : name.substring(0, 1));
      for (String s : u.names()) {
        if (Levenshtein.distance(s.toLowerCase(Locale.ROOT), n) <= Math.max(1, n.length() / 3)) {
          isNear = true;
        }
      }
      if (isNear) {
        near.add(u.id());
      }
    }
    return near.isEmpty()
        ? " (units: " + String.join(", ", all.stream().map(BriefUnit::id).toList()) + ")"
        : "; close: " + String.join(", ", near);
  }

  private List<String> names() {
    List<String> n = new ArrayList<>(otherNames);
    n.add(0, id);
    return n;
  }
}
