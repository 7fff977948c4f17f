package org.policyreport.analysis.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.InputException;

/**
 * The validated answers of one survey: respondent ids (unique), the grouping columns, and the
 * importance and performance ratings per item (NaN for a blank answer). Every rating is a whole
 * number on the configured scale; anything else fails with the file, line and column.
 */
final class SurveyAnswers {
  final String[] ids;
  final Map<String, String[]> groups;

  /** importance[j][i]: item j, respondent i. */
  final double[][] importance;

  final double[][] performance;

  private SurveyAnswers(
      String[] ids, Map<String, String[]> groups, double[][] importance, double[][] performance) {
    this.ids = ids;
    this.groups = groups;
    this.importance = importance;
    this.performance = performance;
  }

  int respondents() {
    return ids.length;
  }

  static SurveyAnswers read(SurveySpec spec, DataTable table) {
    requireColumn(
        spec,
        table,
        spec.idColumn(),
        spec.node().has("idColumn")
            ? spec.node().get("idColumn").path()
            : spec.node().path() + ".idColumn (default 'respondent')");
    for (int g = 0; g < spec.groupBy().size(); g++) {
      requireColumn(spec, table, spec.groupBy().get(g), spec.node().get("groupBy").path());
    }
    List<SurveyItemSpec> items = spec.items();
    for (int j = 0; j < items.size(); j++) {
      requireColumn(spec, table, items.get(j).importance(), spec.itemNode(j, "importance").path());
      requireColumn(
          spec, table, items.get(j).performance(), spec.itemNode(j, "performance").path());
    }
    String[] ids = uniqueIds(table, spec.idColumn());
    Map<String, String[]> groups = new LinkedHashMap<>();
    for (String g : spec.groupBy()) {
      groups.put(g, table.labels(g));
    }
    double[][] imp = new double[items.size()][];
    double[][] perf = new double[items.size()][];
    for (int j = 0; j < items.size(); j++) {
      imp[j] = ratings(spec, table, items.get(j).importance());
      perf[j] = ratings(spec, table, items.get(j).performance());
    }
    return new SurveyAnswers(ids, groups, imp, perf);
  }

  private static void requireColumn(SurveySpec spec, DataTable table, String column, String key) {
    if (!table.hasColumn(column)) {
      throw new InputException(
          table.source()
              + " line 1: no column '"
              + column
              + "', which "
              + spec.node().file()
              + ": "
              + key
              + " names (the file has: "
              + String.join(", ", table.columnNames())
              + ")");
    }
  }

  private static String[] uniqueIds(DataTable table, String column) {
    String[] ids = table.labels(column);
    Map<String, Integer> firstRow = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i].trim();
      ids[i] = id;
      if (id.isEmpty()) {
        throw new InputException(table.where(column, i) + ": missing respondent id");
      }
      Integer previous = firstRow.putIfAbsent(id, i);
      if (previous != null) {
        throw new InputException(
            table.where(column, i)
                + ": duplicate respondent id '"
                + DataTable.excerpt(id)
                + "' (first on line "
                + DataTable.lineOf(previous)
                + ")");
      }
    }
    return ids;
  }

  private static double[] ratings(SurveySpec spec, DataTable table, String column) {
    double[] v = table.numericAllowingBlanks(column);
    for (int i = 0; i < v.length; i++) {
      double x = v[i];
      if (Double.isNaN(x)) {
        continue;
      }
      if (x != Math.rint(x) || x < spec.scaleMin() || x > spec.scaleMax()) {
        throw new InputException(
            table.where(column, i)
                + ": "
                + table.labels(column)[i]
                + " is not a rating on the scale "
                + spec.scaleMin()
                + "-"
                + spec.scaleMax()
                + " (whole numbers only; leave the cell blank for no answer)");
      }
    }
    return v.clone();
  }

  /** Respondents (indices) who answered both ratings of item {@code j}. */
  int[] pairs(int j) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (!Double.isNaN(importance[j][i]) && !Double.isNaN(performance[j][i])) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
