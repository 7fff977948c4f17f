package org.policyreport.report.findings;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.template.ReportContext;

/**
 * Checks each recommendation's evidence against the results. A claim holds only when the figure is
 * there and satisfies it; a model or item missing from the results (another tool wrote them) is a
 * failed claim, said as such, never a silent pass.
 */
public final class EvidenceEvaluator {
  private EvidenceEvaluator() {}

  public static List<RecommendationView> evaluate(List<Recommendation> recs, ReportContext ctx) {
    List<RecommendationView> out = new ArrayList<>();
    String lang = ctx.language();
    int n = 0;
    for (Recommendation r : recs) {
      n++;
      List<EvidenceOutcome> outcomes = new ArrayList<>();
      for (EvidenceCheck c : r.evidence()) {
        outcomes.add(
            c instanceof EvidenceCheck.Coefficient
                ? coefficient((EvidenceCheck.Coefficient) c, ctx)
                : rank((EvidenceCheck.SurveyRank) c, ctx));
      }
      List<EvidenceOutcome> failing = outcomes.stream().filter(o -> !o.holds()).toList();
      out.add(
          new RecommendationView(
              r.id(),
              n,
              r.title().in(lang),
              r.issue() == null ? "" : r.issue().in(lang),
              r.strategies().stream().map(t -> t.in(lang)).toList(),
              r.policies().stream().map(t -> t.in(lang)).toList(),
              outcomes,
              failing.isEmpty(),
              failing,
              r.tasks().stream().map(t -> task(t, ctx)).toList()));
    }
    return List.copyOf(out);
  }

  private static RecommendationView.TaskView task(Task t, ReportContext ctx) {
    var w = ctx.words();
    String lang = ctx.language();
    String timing =
        Task.TIMINGS.contains(t.timing())
            ? w.get("task.timing." + t.timing())
            : t.timing().replace("-", "\u2013");
    String needs =
        t.law() && t.budget()
            ? w.get("task.needs.both")
            : t.law() ? w.get("task.needs.law") : t.budget() ? w.get("task.needs.budget") : "";
    return new RecommendationView.TaskView(
        t.task().in(lang),
        t.lead().in(lang),
        String.join(", ", t.partners().stream().map(p -> p.in(lang)).toList()),
        timing,
        needs);
  }

  private static EvidenceOutcome coefficient(EvidenceCheck.Coefficient c, ReportContext ctx) {
    var w = ctx.words();
    var f = ctx.numbers();
    String sign = w.get("evidence.sign." + c.sign().name().toLowerCase(java.util.Locale.ROOT));
    String claim =
        w.format(
            "evidence.coefficient",
            modelName(ctx, c.model()),
            ctx.scaledVariable(c.term()),
            sign,
            f.num(c.maxP(), 2));
    String subject = ctx.scaledVariable(c.term());
    ModelResult m = ctx.results().model(c.model());
    Coefficient coef = m == null ? null : m.coefficient(c.equation(), c.term());
    if (coef == null) {
      return new EvidenceOutcome(
          claim,
          w.get("evidence.missing"),
          false,
          subject,
          c.model(),
          c.equation(),
          c.term(),
          "",
          false);
    }
    boolean signOk =
        c.sign() == EvidenceCheck.Sign.ANY
            || (c.sign() == EvidenceCheck.Sign.POSITIVE && coef.coef() > 0)
            || (c.sign() == EvidenceCheck.Sign.NEGATIVE && coef.coef() < 0);
    boolean holds = signOk && coef.p() < c.maxP();
    String p = coef.p() < 0.001 ? "< 0.001" : "= " + f.num(coef.p(), 3);
    // {1} is the p clause with spaces ("< 0.001"), {2} without, as Korean documents write it
    // per the regressor's presentation scale, as in the table row the claim names
    String actual =
        w.format(
            "evidence.coefficientActual",
            f.num(coef.coef() * ctx.scale(c.term())),
            p,
            p.replace(" ", ""));
    return new EvidenceOutcome(
        claim, actual, holds, subject, c.model(), c.equation(), c.term(), "", true);
  }

  private static EvidenceOutcome rank(EvidenceCheck.SurveyRank c, ReportContext ctx) {
    var w = ctx.words();
    SurveyResult s = ctx.results().survey(c.survey());
    SurveyItemResult item =
        s == null
            ? null
            : s.items().stream().filter(i -> i.id().equals(c.item())).findFirst().orElse(null);
    String claim =
        w.format(
            "evidence.rank",
            item == null ? ctx.variable(c.item()) : ctx.itemLabel(item),
            c.maxRank());
    if (item == null) {
      return new EvidenceOutcome(
          claim,
          w.get("evidence.missing"),
          false,
          ctx.variable(c.item()),
          "",
          "",
          "",
          c.survey(),
          false);
    }
    String actual =
        w.format(
            "evidence.rankActual",
            item.borichRank(),
            s.items().size(),
            ctx.numbers().num(item.borich(), 2));
    return new EvidenceOutcome(
        claim,
        actual,
        item.borichRank() <= c.maxRank(),
        ctx.itemLabel(item),
        "",
        "",
        "",
        c.survey(),
        true);
  }

  private static String modelName(ReportContext ctx, String id) {
    try {
      return ctx.modelName(id);
    } catch (DocumentException e) {
      return id;
    }
  }
}
