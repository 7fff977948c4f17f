package org.policyreport.analysis.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyreport.analysis.config.WideLayoutSpec;
import org.policyreport.analysis.data.CellLocator;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.MissingMarkers;
import org.policyreport.analysis.data.TableBuilder;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigNode;

/**
 * Turns a wide table (id columns, an optional item column, then one column per period, as KOSIS and
 * e-나라지표 publish them) into the long table the models read: one row per unit and period, one column
 * per item. Cells keep where they came from, so an error in the long table names the line (or
 * worksheet cell) and column of the wide file.
 */
public final class WideLayout {
  /**
   * A period header: a year ({@code 2015}, {@code 2015 년}, {@code 2015년}), optionally a month
   * ({@code 2015.01}, {@code 2015-1}, {@code 2015년 01월}), optionally marked provisional ({@code
   * 2022 p)}).
   */
  private static final Pattern PERIOD =
      Pattern.compile(
          "\\s*(\\d{4})\\s*(?:년)?\\s*(?:[.\\-/]?\\s*(\\d{1,2})\\s*(?:월)?)?\\s*(?:\\(?[pP]\\))?\\s*");

  private WideLayout() {}

  /** The period a column header names: the year, or year × 100 + month; -1 when it is none. */
  static int period(String header) {
    Matcher m = PERIOD.matcher(header);
    if (!m.matches()) {
      return -1;
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return year;
    }
    int month = Integer.parseInt(m.group(2));
    return month >= 1 && month <= 12 ? year * 100 + month : -1;
  }

  public static DataTable reshape(
      DataTable wide, WideLayoutSpec spec, ConfigNode node, MissingMarkers na) {
    List<String> columns = wide.columnNames();
    Set<String> used = new HashSet<>();
    for (String id : spec.id()) {
      requireColumn(wide, id, node.get("id"));
      used.add(id);
    }
    if (spec.item() != null) {
      requireColumn(wide, spec.item(), node.get("item"));
      used.add(spec.item());
    }
    for (String d : spec.drop()) {
      requireColumn(wide, d, node.get("drop"));
      used.add(d);
    }
    List<String> periodColumns = new ArrayList<>();
    List<Integer> periods = new ArrayList<>();
    Map<Integer, String> periodHeader = new HashMap<>();
    for (String c : columns) {
      if (used.contains(c)) {
        continue;
      }
      int p = period(c);
      if (p < 0) {
        throw new InputException(
            wide.source()
                + ": column "
                + (wide.position(c) + 1)
                + " '"
                + c
                + "' is not an id, the item or a period such as 2015, 2015 년 or 2015.01 (list it"
                + " under reshape.drop to leave it out)");
      }
      String before = periodHeader.put(p, c);
      if (before != null) {
        throw new InputException(
            wide.source() + ": columns '" + before + "' and '" + c + "' name the same period");
      }
      if (!periods.isEmpty() && (periods.get(0) > 9999) != (p > 9999)) {
        throw new InputException(
            wide.source()
                + ": column '"
                + c
                + "' mixes months and years among the period columns ('"
                + periodColumns.get(0)
                + "')");
      }
      periodColumns.add(c);
      periods.add(p);
    }
    if (periodColumns.isEmpty()) {
      throw node.error("finds no period columns in " + wide.source() + " (headers such as 2015)");
    }

    // Units in order of first appearance; items likewise; the wide row of each (unit, item).
    String[][] ids = new String[spec.id().size()][];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = wide.labelsWithoutBlanks(spec.id().get(k));
    }
    String[] itemOf = spec.item() == null ? null : wide.labelsWithoutBlanks(spec.item());
    Map<List<String>, Integer> units = new LinkedHashMap<>();
    List<Integer> unitFirstRow = new ArrayList<>();
    Map<String, Integer> items = new LinkedHashMap<>();
    Map<Long, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < wide.rowCount(); r++) {
      List<String> key = new ArrayList<>(ids.length);
      for (String[] id : ids) {
        key.add(id[r].trim());
      }
      Integer u = units.get(key);
      if (u == null) {
        u = units.size();
        units.put(key, u);
        unitFirstRow.add(r);
      }
      String itemText = itemOf == null ? "" : itemOf[r].trim();
      int v = items.computeIfAbsent(itemText, k -> items.size());
      Integer before = rowOf.put(((long) u << 32) | v, r);
      if (before != null) {
        throw new InputException(
            wide.where(spec.item() == null ? spec.id().get(0) : spec.item(), r)
                + ": a second row for "
                + String.join(", ", key)
                + (itemOf == null ? "" : ", " + itemText)
                + " (the first is on "
                + wide.rowWhere(before)
                + ")");
      }
    }
    for (String listed : spec.items().keySet()) {
      if (!items.containsKey(listed.trim())) {
        throw node.get("items")
            .error(
                "names the item '"
                    + listed
                    + "', which "
                    + wide.source()
                    + " does not have (it has: "
                    + String.join(", ", items.keySet())
                    + ")");
      }
    }

    // Column names of the long table: ids, the period, one per item.
    List<String> names = new ArrayList<>(spec.id());
    names.add(spec.time());
    List<String> itemTexts = new ArrayList<>(items.keySet());
    for (String itemText : itemTexts) {
      String name =
          itemOf == null ? spec.value() : spec.items().getOrDefault(itemText, itemText).trim();
      if (names.contains(name)) {
        throw node.error(
            "makes the column '" + name + "' twice (rename an item under reshape.items)");
      }
      names.add(name);
    }
    int nIds = spec.id().size();
    int nPeriods = periods.size();
    int rows = units.size() * nPeriods;
    TableBuilder out = new TableBuilder(names, na);
    for (int u = 0; u < units.size(); u++) {
      int first = unitFirstRow.get(u);
      for (int p = 0; p < nPeriods; p++) {
        int row = u * nPeriods + p;
        for (int k = 0; k < nIds; k++) {
          out.copy(k, row, wide, spec.id().get(k), first);
        }
        out.number(nIds, row, periods.get(p));
        for (int v = 0; v < itemTexts.size(); v++) {
          Integer wr = rowOf.get(((long) u << 32) | v);
          if (wr == null) {
            out.text(nIds + 1 + v, row, "");
          } else {
            out.copy(nIds + 1 + v, row, wide, periodColumns.get(p), wr);
          }
        }
      }
    }
    CellLocator from = wide.locator();
    List<String> unitNames = new ArrayList<>();
    for (List<String> key : units.keySet()) {
      unitNames.add(String.join(", ", key));
    }
    int[] idPositions = spec.id().stream().mapToInt(wide::position).toArray();
    int[] periodPositions = periodColumns.stream().mapToInt(wide::position).toArray();
    CellLocator locator =
        new CellLocator() {
          @Override
          public String cell(int row, int column) {
            int u = row / nPeriods;
            int p = row % nPeriods;
            int first = unitFirstRow.get(u);
            if (column < nIds) {
              return from.cell(first, idPositions[column]);
            }
            if (column == nIds) {
              return from.cell(first, periodPositions[p]);
            }
            Integer wr = rowOf.get(((long) u << 32) | (column - nIds - 1));
            if (wr == null) {
              return wide.source()
                  + ": no row for "
                  + unitNames.get(u)
                  + ", "
                  + itemTexts.get(column - nIds - 1)
                  + " in "
                  + periodColumns.get(p);
            }
            return from.cell(wr, periodPositions[p]);
          }

          @Override
          public String row(int row) {
            return from.row(unitFirstRow.get(row / nPeriods))
                + " ("
                + periodColumns.get(row % nPeriods)
                + ")";
          }
        };
    return out.build(wide.name(), wide.source(), wide.sha256(), rows, locator);
  }

  private static void requireColumn(DataTable wide, String column, ConfigNode key) {
    if (!wide.hasColumn(column)) {
      throw key.error(
          "names column '"
              + column
              + "', which "
              + wide.source()
              + " does not have (it has: "
              + String.join(", ", wide.columnNames())
              + ")");
    }
  }
}
