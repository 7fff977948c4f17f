package org.policyreport.analysis.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policyreport.analysis.data.CellLocator;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.analysis.data.MissingMarkers;
import org.policyreport.analysis.data.TableBuilder;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.Levenshtein;

/**
 * {@code regions: standard}: maps every spelling of a 시·도 in a table's region column to its id (the
 * short English name), and adds the Korean display name and the code as columns of their own.
 */
public final class StandardRegions {
  private static final Map<String, Region> BY_SPELLING = new HashMap<>();

  /** Names of national totals: rows a regional panel must not contain. */
  private static final Set<String> TOTALS =
      Set.of("전국", "계", "합계", "총계", "전체", "national", "total", "wholecountry", "korea");

  static {
    for (Region r : Region.STANDARD) {
      for (String s : r.spellings()) {
        Region before = BY_SPELLING.put(normalize(s), r);
        if (before != null && before != r) {
          throw new IllegalStateException("spelling " + s + " names two regions");
        }
      }
    }
  }

  private StandardRegions() {}

  /** Spaces, hyphens and case do not matter: "Gyeonggi-do", "gyeonggido" and "경기 도" match. */
  static String normalize(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·]", "");
  }

  /** The region a spelling names, or null. */
  public static Region find(String spelling) {
    return BY_SPELLING.get(normalize(spelling));
  }

  /**
   * The table with column {@code column} holding region ids, and {@code column_ko} (the Korean
   * name) and {@code column_code} (the 시도 code) added after the last column.
   */
  public static DataTable apply(DataTable table, String column) {
    String ko = column + "_ko";
    String code = column + "_code";
    for (String added : List.of(ko, code)) {
      if (table.hasColumn(added)) {
        throw new InputException(
            table.source()
                + ": has a column '"
                + added
                + "' already; 'regions: standard' makes it (rename or remove the column)");
      }
    }
    String[] names = table.labelsWithoutBlanks(column);
    Region[] regions = new Region[names.length];
    for (int i = 0; i < names.length; i++) {
      regions[i] = find(names[i]);
      if (regions[i] == null) {
        throw new InputException(table.where(column, i) + ": " + unknown(names[i]));
      }
    }
    List<String> columns = new ArrayList<>(table.columnNames());
    int target = columns.indexOf(column);
    columns.add(ko);
    columns.add(code);
    TableBuilder out = new TableBuilder(columns, MissingMarkers.NONE);
    int k = columns.size() - 2;
    for (int c = 0; c < k; c++) {
      String name = columns.get(c);
      for (int i = 0; i < names.length; i++) {
        if (c == target) {
          out.text(c, i, regions[i].id());
        } else {
          out.copy(c, i, table, name, i);
        }
      }
    }
    for (int i = 0; i < names.length; i++) {
      out.text(k, i, regions[i].nameKo());
      out.text(k + 1, i, regions[i].code());
    }
    CellLocator from = table.locator();
    int targetPosition = table.position(column);
    CellLocator locator =
        new CellLocator() {
          @Override
          public String cell(int row, int col) {
            return from.cell(row, col >= k ? targetPosition : col);
          }

          @Override
          public String row(int row) {
            return from.row(row);
          }
        };
    return out.build(table.name(), table.source(), table.sha256(), names.length, locator);
  }

  /** Why a name is not a region, with the closest spellings. */
  static String unknown(String name) {
    if (TOTALS.contains(normalize(name))) {
      return "'"
          + DataTable.excerpt(name)
          + "' is the national total, not a 시·도: leave its rows out of a regional panel";
    }
    String n = normalize(name);
    List<String> close = new ArrayList<>();
    List<String> spellings = new ArrayList<>();
    for (Region r : Region.STANDARD) {
      spellings.addAll(r.spellings());
    }
    spellings.sort(
        Comparator.comparingInt((String s) -> Levenshtein.distance(n, normalize(s)))
            .thenComparing(s -> s));
    for (String s : spellings) {
      int d = Levenshtein.distance(n, normalize(s));
      if (d <= Math.max(1, Math.min(n.length(), normalize(s).length()) / 3)
          && close.size() < 3
          && !close.contains(s)) {
        close.add(s);
      }
    }
    if (close.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (Region r : Region.STANDARD) {
        ids.add(r.shortKo() + "/" + r.id());
      }
      return "'"
          + DataTable.excerpt(name)
          + "' is not a 시·도 name the standard table knows (it knows "
          + String.join(", ", ids)
          + ", their full names and codes)";
    }
    return "'"
        + DataTable.excerpt(name)
        + "' is not a 시·도 name the standard table knows (close: "
        + String.join(", ", close)
        + ")";
  }
}
