package org.policyreport.analysis.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.ScaleReliability;
import org.policyreport.contract.SurveyAnova;
import org.policyreport.contract.SurveyGroup;
import org.policyreport.contract.SurveyGroupItem;
import org.policyreport.contract.SurveyGrouping;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyReliability;
import org.policyreport.contract.SurveyResult;

/**
 * Analyzes an importance-performance survey: per item the means, the gap and its paired t test, the
 * Borich needs index and rank and the importance-performance quadrant; per grouping column the
 * group means, Borich within group and one-way ANOVAs; Cronbach's alpha of both scales.
 *
 * <p>Item statistics use the respondents who answered both ratings of that item (pairwise per
 * item); reliability uses the respondents who answered every item of the scale (listwise).
 */
public final class SurveyAnalysis {
  static final String KEEP_UP = "keep_up";
  static final String CONCENTRATE_HERE = "concentrate_here";
  static final String LOW_PRIORITY = "low_priority";
  static final String POSSIBLE_OVERKILL = "possible_overkill";

  private SurveyAnalysis() {}

  public static SurveyResult analyze(SurveySpec spec, DataTable table) {
    SurveyAnswers answers = SurveyAnswers.read(spec, table);
    List<SurveyItemSpec> items = spec.items();
    int k = items.size();
    List<Note> notes = new ArrayList<>();
    double[] impMeans = new double[k];
    double[] perfMeans = new double[k];
    double[] borich = new double[k];
    int[] n = new int[k];
    Significance.PairedT[] tests = new Significance.PairedT[k];
    Double[] impSd = new Double[k];
    Double[] perfSd = new Double[k];
    int blanks = 0;
    for (int j = 0; j < k; j++) {
      int[] rows = answers.pairs(j);
      n[j] = rows.length;
      if (rows.length == 0) {
        throw spec.itemNode(j, "importance")
            .error(
                "item '"
                    + items.get(j).id()
                    + "' has no respondent with both ratings in "
                    + table.source());
      }
      double[] imp = pick(answers.importance[j], rows);
      double[] perf = pick(answers.performance[j], rows);
      impMeans[j] = Reliability.mean(imp);
      perfMeans[j] = Reliability.mean(perf);
      impSd[j] = sd(imp);
      perfSd[j] = sd(perf);
      borich[j] = Borich.index(imp, perf);
      tests[j] = Significance.pairedT(differences(imp, perf));
      if (tests[j].t() == null) {
        notes.add(Note.of(NoteCode.GAP_TEST_UNDEFINED, items.get(j).id()));
      }
      blanks += missing(answers.importance[j]) + missing(answers.performance[j]);
    }
    int[] ranks = Borich.ranks(borich);
    double impGrand = Reliability.mean(impMeans);
    double perfGrand = Reliability.mean(perfMeans);
    List<SurveyItemResult> itemResults = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      SurveyItemSpec item = items.get(j);
      Significance.PairedT t = tests[j];
      itemResults.add(
          new SurveyItemResult(
              item.id(),
              item.label(),
              item.labelKo(),
              item.importance(),
              item.performance(),
              n[j],
              impMeans[j],
              impSd[j],
              perfMeans[j],
              perfSd[j],
              t.meanDifference(),
              t.sd(),
              t.t(),
              t.p(),
              t.df(),
              borich[j],
              ranks[j],
              quadrant(impMeans[j], perfMeans[j], impGrand, perfGrand),
              missing(answers.importance[j]),
              missing(answers.performance[j])));
    }
    if (blanks > 0) {
      notes.add(Note.of(NoteCode.BLANK_ANSWERS, blanks));
    }
    List<String> ids = items.stream().map(SurveyItemSpec::id).toList();
    SurveyReliability reliability =
        new SurveyReliability(
            scale(answers.importance, ids, items.stream().map(SurveyItemSpec::importance).toList()),
            scale(
                answers.performance,
                ids,
                items.stream().map(SurveyItemSpec::performance).toList()));
    List<SurveyGrouping> groupings = new ArrayList<>();
    for (String variable : spec.groupBy()) {
      groupings.add(grouping(variable, answers, items, notes));
    }
    return new SurveyResult(
        spec.id(),
        spec.data(),
        answers.respondents(),
        spec.scaleMin(),
        spec.scaleMax(),
        blanks,
        impGrand,
        perfGrand,
        reliability,
        itemResults,
        groupings,
        notes);
  }

  /**
   * Martilla and James (1977) quadrants against the grand means; an item exactly on a line counts
   * as high on that axis.
   */
  static String quadrant(double importance, double performance, double impGrand, double perfGrand) {
    boolean highImportance = importance >= impGrand;
    boolean highPerformance = performance >= perfGrand;
    if (highImportance) {
      return highPerformance ? KEEP_UP : CONCENTRATE_HERE;
    }
    return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
  }

  private static ScaleReliability scale(
      double[][] answers, List<String> items, List<String> columns) {
    return Reliability.of(answers, items, columns);
  }

  private static SurveyGrouping grouping(
      String variable, SurveyAnswers answers, List<SurveyItemSpec> items, List<Note> notes) {
    String[] labels = answers.groups.get(variable);
    TreeMap<String, List<Integer>> members = new TreeMap<>();
    int blank = 0;
    for (int i = 0; i < labels.length; i++) {
      String g = labels[i].trim();
      if (g.isEmpty()) {
        blank++;
        continue;
      }
      members.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
    }
    if (blank > 0) {
      notes.add(Note.of(NoteCode.BLANK_GROUP, blank, variable));
    }
    List<SurveyGroup> groups = new ArrayList<>();
    members.forEach((g, rows) -> groups.add(new SurveyGroup(g, rows.size())));
    List<SurveyGroupItem> groupItems = new ArrayList<>();
    for (String g : members.keySet()) {
      boolean[] inGroup = new boolean[labels.length];
      members.get(g).forEach(i -> inGroup[i] = true);
      double[] gb = new double[items.size()];
      List<double[]> stats = new ArrayList<>();
      for (int j = 0; j < items.size(); j++) {
        int[] rows = filter(answers.pairs(j), inGroup);
        double[] imp = pick(answers.importance[j], rows);
        double[] perf = pick(answers.performance[j], rows);
        gb[j] = rows.length == 0 ? 0.0 : Borich.index(imp, perf);
        stats.add(new double[] {rows.length, mean(imp), mean(perf)});
      }
      int[] ranks = Borich.ranks(gb);
      for (int j = 0; j < items.size(); j++) {
        double[] s = stats.get(j);
        if (s[0] == 0) {
          notes.add(Note.of(NoteCode.NO_PAIR_IN_GROUP, items.get(j).id(), variable, g));
          continue;
        }
        groupItems.add(
            new SurveyGroupItem(
                g, items.get(j).id(), (int) s[0], s[1], s[2], s[1] - s[2], gb[j], ranks[j]));
      }
    }
    int[] groupOf = new int[labels.length];
    java.util.Arrays.fill(groupOf, -1);
    int index = 0;
    for (List<Integer> memberRows : members.values()) {
      for (int i : memberRows) {
        groupOf[i] = index;
      }
      index++;
    }
    List<SurveyAnova> anova = new ArrayList<>();
    for (int j = 0; j < items.size(); j++) {
      int[] rows = answers.pairs(j);
      for (String measure : List.of("importance", "performance", "gap")) {
        List<List<Double>> values = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
          values.add(new ArrayList<>());
        }
        for (int i : rows) {
          if (groupOf[i] >= 0) {
            double imp = answers.importance[j][i];
            double perf = answers.performance[j][i];
            double v =
                measure.equals("importance")
                    ? imp
                    : measure.equals("performance") ? perf : imp - perf;
            values.get(groupOf[i]).add(v);
          }
        }
        List<double[]> samples = new ArrayList<>();
        for (List<Double> v : values) {
          samples.add(v.stream().mapToDouble(Double::doubleValue).toArray());
        }
        Significance.Anova a = Significance.oneWay(samples);
        anova.add(new SurveyAnova(items.get(j).id(), measure, a.f(), a.df1(), a.df2(), a.p()));
      }
    }
    return new SurveyGrouping(variable, groups, groupItems, anova);
  }

  private static int[] filter(int[] rows, boolean[] keep) {
    return java.util.Arrays.stream(rows).filter(i -> keep[i]).toArray();
  }

  private static double[] pick(double[] values, int[] rows) {
    double[] out = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      out[r] = values[rows[r]];
    }
    return out;
  }

  private static double[] differences(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  private static double mean(double[] x) {
    return x.length == 0 ? Double.NaN : Reliability.mean(x);
  }

  private static Double sd(double[] x) {
    if (x.length < 2) {
      return null;
    }
    double m = Reliability.mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  private static int missing(double[] values) {
    int c = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        c++;
      }
    }
    return c;
  }
}
