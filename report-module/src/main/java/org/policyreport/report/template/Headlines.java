package org.policyreport.report.template;

import java.util.ArrayList;
import java.util.List;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.TestResult;
import org.policyreport.report.document.DocumentException;

/**
 * Which of several models of the same outcome the findings lead with, and why, in one sentence or
 * two. The author's choice wins; otherwise the specification tests in the results decide (at 5 %),
 * and a model is only ever preferred when it is itself among the candidates:
 *
 * <ul>
 *   <li>Hausman rejects: the unit effects are correlated with the regressors, only fixed effects is
 *       consistent;
 *   <li>Breusch–Pagan LM does not reject: no unit effects, pooled OLS is not rejected;
 *   <li>groupwise heteroskedasticity or serial correlation rejected (and Hausman not rejecting):
 *       feasible GLS, which models them;
 *   <li>Hausman does not reject: random effects is consistent and efficient;
 *   <li>Breusch–Pagan LM rejects without a Hausman test: fixed effects, consistent either way;
 *   <li>count models: the LR test of a constant dispersion against the generalized model, then the
 *       LR test of α = 0 against Poisson.
 * </ul>
 *
 * When no test decides, the first candidate (the config's order) is taken, and the sentence says
 * so.
 */
public final class Headlines {
  private static final double LEVEL = 0.05;

  private final ReportContext ctx;

  Headlines(ReportContext ctx) {
    this.ctx = ctx;
  }

  /**
   * @param model the chosen model id
   * @param name its display name
   * @param basis what decided: "author", "only", "hausman", "breuschPagan", "errors",
   *     "unitEffects", "dispersion", "overdispersion" or "order"
   * @param reason the sentence(s) saying why, in the report's language
   */
  public record Headline(String model, String name, String basis, String reason) {}

  Headline choose(List<String> candidates, String authorChoice) {
    if (candidates.isEmpty()) {
      throw new DocumentException("headlineModel needs at least one candidate model");
    }
    List<ModelResult> models = new ArrayList<>();
    for (String id : candidates) {
      models.add(ctx.requireModel(id));
    }
    if (authorChoice != null && !authorChoice.isBlank()) {
      if (!candidates.contains(authorChoice)) {
        throw new DocumentException(
            "headline model '"
                + authorChoice
                + "' is not among the models of this outcome ("
                + String.join(", ", candidates)
                + ")");
      }
      return headline(authorChoice, "author", "headline.author");
    }
    if (models.size() == 1) {
      return headline(candidates.get(0), "only", "headline.only");
    }
    TestResult hausman = test(models, "hausman");
    TestResult bp = test(models, "breuschPaganLm");
    TestResult het = test(models, "modifiedWaldGroupwiseHeteroskedasticity");
    TestResult serial = test(models, "wooldridgeSerialCorrelation");
    String caution = "";
    if (rejects(hausman)) {
      String fe = first(models, "fe");
      if (fe != null) {
        return headline(fe, "hausman", "headline.hausmanRejects", hausman);
      }
      caution = " " + ctx.words().format("headline.hausmanNoFe", label(hausman), stat(hausman));
    }
    if (bp != null && !rejects(bp)) {
      String ols = first(models, "ols");
      if (ols != null) {
        return withCaution(headline(ols, "breuschPagan", "headline.pooled", bp), caution);
      }
    }
    if (!rejects(hausman) && (rejects(het) || rejects(serial))) {
      String fgls = first(models, "fgls");
      if (fgls != null) {
        TestResult t = rejects(het) ? het : serial;
        Headline h =
            headline(
                fgls, "errors", rejects(het) ? "headline.errorsHet" : "headline.errorsSerial", t);
        if (hausman != null) {
          String pre =
              ctx.words()
                  .format("headline.hausmanConsistent", label(hausman), stat(hausman), unitWord());
          h = new Headline(h.model(), h.name(), h.basis(), pre + " " + h.reason());
        }
        return h;
      }
    }
    if (hausman != null && !rejects(hausman)) {
      String re = first(models, "re");
      if (re != null) {
        return headline(re, "hausman", "headline.hausmanKeeps", hausman);
      }
    }
    if (hausman == null && rejects(bp)) {
      String fe = first(models, "fe");
      if (fe != null) {
        return headline(fe, "unitEffects", "headline.unitEffects", bp);
      }
    }
    TestResult nb2 = test(models, "lrVsNb2");
    if (nb2 != null) {
      String target = rejects(nb2) ? first(models, "gnbreg") : first(models, "nb2");
      if (target != null) {
        return headline(
            target,
            "dispersion",
            rejects(nb2) ? "headline.dispersionVaries" : "headline.dispersionConstant",
            nb2);
      }
    }
    TestResult alpha = test(models, "lrAlphaZero");
    if (alpha != null) {
      String target =
          rejects(alpha) ? first(models, "gnbreg", "nb2", "nbp") : first(models, "poisson");
      if (target != null) {
        return headline(
            target,
            "overdispersion",
            rejects(alpha) ? "headline.overdispersion" : "headline.equidispersion",
            alpha);
      }
    }
    return withCaution(headline(candidates.get(0), "order", "headline.order"), caution);
  }

  private Headline headline(String id, String basis, String key) {
    String name = ctx.modelName(id);
    return new Headline(id, name, basis, ctx.words().format(key, name));
  }

  private Headline headline(String id, String basis, String key, TestResult t) {
    String name = ctx.modelName(id);
    return new Headline(
        id, name, basis, ctx.words().format(key, name, label(t), stat(t), unitWord()));
  }

  private static Headline withCaution(Headline h, String caution) {
    return caution.isEmpty()
        ? h
        : new Headline(h.model(), h.name(), h.basis(), h.reason() + caution);
  }

  /** The candidate with the first of these estimators, in the order of the candidates. */
  private static String first(List<ModelResult> models, String... estimators) {
    for (String e : estimators) {
      for (ModelResult m : models) {
        if (m.estimator().equals(e)) {
          return m.id();
        }
      }
    }
    return null;
  }

  private static TestResult test(List<ModelResult> models, String name) {
    for (ModelResult m : models) {
      TestResult t = m.test(name);
      if (t != null && Double.isFinite(t.p())) {
        return t;
      }
    }
    return null;
  }

  private static boolean rejects(TestResult t) {
    return t != null && t.p() < LEVEL;
  }

  /** The test's name inside a sentence ("Hausman test"), else its table label, else its name. */
  private String label(TestResult t) {
    if (ctx.words().has("testName." + t.name())) {
      return ctx.words().get("testName." + t.name());
    }
    return ctx.words().has("test." + t.name()) ? ctx.words().get("test." + t.name()) : t.name();
  }

  private String stat(TestResult t) {
    String p = ctx.numbers().pClause(t.p());
    return ctx.words()
        .format(
            "headline.stat",
            ctx.numbers().num(t.statistic()),
            ctx.language().equals("ko") ? p.replace(" ", "") : p);
  }

  private String unitWord() {
    return new Terms(ctx).unit();
  }
}
