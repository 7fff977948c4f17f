package org.policyreport.report.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.policyreport.contract.ScaleReliability;
import org.policyreport.contract.SurveyAnova;
import org.policyreport.contract.SurveyGroup;
import org.policyreport.contract.SurveyGrouping;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.format.NumberStyle;

/** Survey-wide facts for templates: respondents, reliability, groups and group differences. */
public final class SurveyFacts {
  private final ReportContext ctx;
  private final NumberStyle f;

  SurveyFacts(ReportContext ctx) {
    this.ctx = ctx;
    this.f = ctx.numbers();
  }

  /**
   * @param blankPercentText blank answers as a share of all importance and performance answers
   * @param hasReliability whether Cronbach's alpha is defined for both scales
   * @param reliable whether both alphas reach the conventional 0.7
   */
  public record Overview(
      int n,
      String nText,
      int itemCount,
      int scaleMin,
      int scaleMax,
      int blankAnswers,
      String blankPercentText,
      boolean hasReliability,
      boolean reliable,
      String alphaImportanceText,
      String alphaPerformanceText,
      String importanceGrandMeanText,
      String performanceGrandMeanText,
      int positiveGaps) {}

  /** One level of a grouping column. */
  public record Group(String name, String label, int n, String nText, String shareText) {}

  /** A one-way ANOVA of one item across groups. */
  public record Anova(
      String item,
      String label,
      String measure,
      String fText,
      int df1,
      int df2,
      String pText,
      String pClauseText,
      int level) {}

  Overview overview(SurveyResult s) {
    int k = s.items().size();
    double answers = 2.0 * s.n() * k;
    ScaleReliability imp = s.reliability() == null ? null : s.reliability().importance();
    ScaleReliability perf = s.reliability() == null ? null : s.reliability().performance();
    boolean rel =
        imp != null && perf != null && imp.cronbachAlpha() != null && perf.cronbachAlpha() != null;
    return new Overview(
        s.n(),
        f.integer(s.n()),
        k,
        s.scaleMin(),
        s.scaleMax(),
        s.blankAnswers(),
        answers > 0 ? f.num(100.0 * s.blankAnswers() / answers, 1) : "–",
        rel,
        rel && imp.cronbachAlpha() >= 0.7 && perf.cronbachAlpha() >= 0.7,
        rel ? f.num(imp.cronbachAlpha(), 3) : "–",
        rel ? f.num(perf.cronbachAlpha(), 3) : "–",
        s.importanceGrandMean() == null ? "–" : f.num(s.importanceGrandMean(), 2),
        s.performanceGrandMean() == null ? "–" : f.num(s.performanceGrandMean(), 2),
        (int) s.items().stream().filter(i -> i.gap() > 0).count());
  }

  List<Group> groups(SurveyResult s, String variable) {
    SurveyGrouping g = grouping(s, variable);
    int total = g.groups().stream().mapToInt(SurveyGroup::n).sum();
    List<Group> out = new ArrayList<>();
    for (SurveyGroup level : g.groups()) {
      out.add(
          new Group(
              level.name(),
              ctx.valueLabel(variable, level.name()),
              level.n(),
              f.integer(level.n()),
              total > 0 ? f.num(100.0 * level.n() / total, 1) : "–"));
    }
    return out;
  }

  List<Anova> anova(SurveyResult s, String variable, String measure, double maxP) {
    SurveyGrouping g = grouping(s, variable);
    List<SurveyAnova> rows = new ArrayList<>();
    for (SurveyAnova a : g.anova()) {
      if (a.measure().equals(measure) && a.p() != null && a.f() != null && a.p() < maxP) {
        rows.add(a);
      }
    }
    rows.sort(Comparator.comparingDouble((SurveyAnova a) -> -a.f()));
    List<Anova> out = new ArrayList<>();
    for (SurveyAnova a : rows) {
      SurveyItemResult item = s.item(a.item());
      out.add(
          new Anova(
              a.item(),
              item == null ? ctx.variable(a.item()) : ctx.itemLabel(item),
              a.measure(),
              f.num(a.f(), 2),
              a.df1(),
              a.df2(),
              f.p(a.p()),
              f.pClause(a.p()),
              f.significanceLevel(a.p())));
    }
    return out;
  }

  private static SurveyGrouping grouping(SurveyResult s, String variable) {
    SurveyGrouping g = s.grouping(variable);
    if (g == null) {
      throw new DocumentException(
          "the template asks for survey '"
              + s.id()
              + "' grouped by '"
              + variable
              + "', which the results do not have");
    }
    return g;
  }
}
