package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.AnalysisResults;
import org.policyreport.report.document.TextDump;

/**
 * The finding macros of the shipped findings.ftl: direction from the sign, size from the IRR or the
 * coefficient, and the wording of significance from the level. A small report.ftl that only calls
 * the macro is run next to the real findings.ftl.
 */
class FindingSentencesTest {
  @TempDir static Path templates;

  /** Default results, with a negative significant count effect and growth effects edited in. */
  private static AnalysisResults edited;

  @BeforeAll
  static void setUp() throws IOException {
    for (String lang : List.of("en", "ko")) {
      Path dir = Files.createDirectories(templates.resolve(lang));
      Files.copy(Path.of("..", "templates", lang, "findings.ftl"), dir.resolve("findings.ftl"));
      Files.copy(
          Path.of("..", "templates", lang, "messages.properties"),
          dir.resolve("messages.properties"));
      Files.writeString(
          dir.resolve("report.ftl"),
          "<#ftl output_format=\"XML\" strip_whitespace=true>\n<#import \"findings.ftl\" as f>\n<report>\n"
              + "<#list terms as t><p><@f.effect fx.effect(t[0], t[1])/></p></#list>\n</report>\n");
    }
    ObjectNode tree = ReportFixture.resultsTree();
    // fiscal self-reliance: -0.02 (IRR 0.980), p = 0.0001
    ObjectNode c =
        ReportFixture.coefficient(
            tree, "innovation_count", "coefficients", "main", "fiscal_self_reliance");
    c.put("coef", -0.02).put("p", 0.0001);
    ReportFixture.coefficient(tree, "innovation_count", "irr", "main", "fiscal_self_reliance")
        .put("coef", Math.exp(-0.02))
        .put("p", 0.0001);
    // growth: fiscal autonomy -0.08 with p = 0.03; the patents effect not significant
    ReportFixture.coefficient(tree, "growth_fgls", "coefficients", "main", "fiscal_autonomy")
        .put("coef", -0.08)
        .put("p", 0.03);
    ReportFixture.coefficient(tree, "growth_fgls", "coefficients", "main", "ln_patents_per_10k")
        .put("p", 0.4);
    edited = ReportFixture.results(tree);
  }

  private static String sentence(
      AnalysisResults results, String language, String model, String term) {
    ReportContext ctx = ReportFixture.context(ReportFixture.config(), results, language);
    var doc =
        ReportBuilder.build(
            ctx, TemplateSource.folder(templates), Map.of("terms", List.of(List.of(model, term))));
    return TextDump.of(doc).lines().filter(l -> !l.startsWith("# ")).findFirst().orElseThrow();
  }

  @Test
  void positiveSignificantCountEffectInEnglish() {
    assertThat(sentence(ReportFixture.results(), "en", "innovation_count", "fiscal_autonomy"))
        .isEqualTo(
            "A rise of one percentage point in fiscal autonomy is associated with 3.0 % more patent applications,"
                + " other things being equal (IRR 1.030, p < 0.001); the effect is significant at the 1 % level.");
  }

  @Test
  void positiveSignificantCountEffectInKorean() {
    assertThat(sentence(ReportFixture.results(), "ko", "innovation_count", "fiscal_autonomy"))
        .isEqualTo(
            "재정자주도가 1%p 상승하면 특허 출원 건수가 약 3.0% 증가하는 것으로 나타났다(발생률비 1.030, p<0.001)."
                + " 이는 1% 유의수준에서 통계적으로 유의하다.");
  }

  @Test
  void smallPerUnitEffectIsStatedForAStepThatShowsIt() {
    assertThat(sentence(ReportFixture.results(), "en", "innovation_count", "venture_firms"))
        .startsWith(
            "An increase of 1,000 in the number of venture firms is associated with 5.0 % more patent applications")
        .contains("(IRR 1.050 for an increase of 1,000, p < 0.01)");
    assertThat(sentence(ReportFixture.results(), "ko", "innovation_count", "venture_firms"))
        .startsWith(
            "벤처기업 수가 1,000개 증가하면 특허 출원 건수가 약 5.0% 증가하는 것으로 나타났다(발생률비 1.050(1,000개 기준), p<0.01).");
  }

  @Test
  void negativeSignificantCountEffectInEnglish() {
    assertThat(sentence(edited, "en", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo(
            "A rise of one percentage point in fiscal self-reliance is associated with 2.0 % fewer patent applications,"
                + " other things being equal (IRR 0.980, p < 0.001); the effect is significant at the 1 % level.");
  }

  @Test
  void negativeSignificantCountEffectInKorean() {
    assertThat(sentence(edited, "ko", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo(
            "재정자립도가 1%p 상승하면 특허 출원 건수가 약 2.0% 감소하는 것으로 나타났다(발생률비 0.980, p<0.001)."
                + " 이는 1% 유의수준에서 통계적으로 유의하다.");
  }

  @Test
  void nonSignificantCountEffectInEnglish() {
    assertThat(sentence(ReportFixture.results(), "en", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo(
            "The association between fiscal self-reliance and patent applications is not statistically significant"
                + " (IRR 1.001, p = 0.655), so the data do not show that it affects patent applications.");
  }

  @Test
  void nonSignificantCountEffectInKorean() {
    assertThat(sentence(ReportFixture.results(), "ko", "innovation_count", "fiscal_self_reliance"))
        .isEqualTo(
            "재정자립도의 계수는 통계적으로 유의하지 않다(발생률비 1.001, p=0.655)."
                + " 즉 재정자립도가 특허 출원 건수에 미치는 영향은 확인되지 않았다.");
  }

  @Test
  void growthEffectOfALoggedRegressorIsInPercentagePointsPerTenPercent() {
    assertThat(sentence(ReportFixture.results(), "en", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "A 10 % rise in patent applications per 10,000 residents is associated with growth of GRDP per capita"
                + " higher by 0.13 percentage points (coefficient 1.368, p < 0.001); the effect is significant at the 1 % level.");
    assertThat(sentence(ReportFixture.results(), "ko", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "인구 만 명당 특허 출원 건수가 10% 증가하면 1인당 지역내총생산(GRDP) 성장률이 약 0.13%p 높아지는 것으로"
                + " 나타났다(계수 1.368, p<0.001). 이는 1% 유의수준에서 통계적으로 유의하다.");
  }

  @Test
  void negativeGrowthEffectSignificantAtFivePercent() {
    assertThat(sentence(edited, "en", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo(
            "A rise of one percentage point in fiscal autonomy is associated with growth of GRDP per capita lower by"
                + " 0.08 percentage points (coefficient −0.080, p = 0.030); the effect is significant at the 5 % level.");
    assertThat(sentence(edited, "ko", "growth_fgls", "fiscal_autonomy"))
        .isEqualTo(
            "재정자주도가 1%p 상승하면 1인당 지역내총생산(GRDP) 성장률이 약 0.08%p 낮아지는 것으로 나타났다"
                + "(계수 −0.080, p=0.030). 이는 5% 유의수준에서 통계적으로 유의하다.");
  }

  @Test
  void nonSignificantGrowthEffect() {
    assertThat(sentence(edited, "en", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "The association between patent applications per 10,000 residents and growth of GRDP per capita"
                + " is not statistically significant (coefficient 1.368, p = 0.400).");
    assertThat(sentence(edited, "ko", "growth_fgls", "ln_patents_per_10k"))
        .isEqualTo(
            "인구 만 명당 특허 출원 건수의 계수는 통계적으로 유의하지 않다(계수 1.368, p=0.400)."
                + " 즉 인구 만 명당 특허 출원 건수가 1인당 지역내총생산(GRDP) 성장률에 미치는 영향은 확인되지 않았다.");
  }
}
