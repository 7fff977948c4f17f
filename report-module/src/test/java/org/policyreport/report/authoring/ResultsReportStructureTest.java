package org.policyreport.report.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.document.TextDump;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.ReportFixture;
import org.policyreport.report.template.TemplateSource;

/** The results report (no authored chapters) on the default results: its structure. */
class ResultsReportStructureTest {
  private static String dump(String language) {
    ConfigNode config = ReportFixture.config();
    ReportContext ctx = ReportFixture.context(config, ReportFixture.results(), language);
    return TextDump.of(
        AuthoredReport.results(
            ctx,
            TemplateSource.builtIn(),
            Map.of("recommendations", ReportFixture.recommendations(config, ctx))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void everyHeadingHasContentBeforeTheNextHeading(String language) {
    // the front matter's page-numbering marker is not a heading
    List<String> lines = dump(language).lines().filter(l -> !l.contains("body starts")).toList();
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).startsWith("=")) {
        int level = lines.get(i).indexOf(' ');
        String next = lines.get(i + 1);
        boolean emptySection = next.startsWith("=") && next.indexOf(' ') <= level;
        assertThat(emptySection).as("empty section: " + lines.get(i)).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void oneChapterPerDependentVariableAndSurveyThenRecommendations(String language) {
    List<String> headings = dump(language).lines().filter(l -> l.startsWith("= ")).toList();
    boolean ko = language.equals("ko");
    // the default config's front and back matter (foreword, references, abstract) surround them
    List<String> chapters =
        headings.stream().filter(l -> l.matches("= (Chapter \\d+|제\\d+장) .*")).toList();
    assertThat(chapters).hasSize(5).startsWith(ko ? "= 제1장 자료" : "= Chapter 1 Data");
    assertThat(chapters.get(4)).contains(ko ? "정책과제" : "Recommendations");
    assertThat(headings).contains(ko ? "= 부록: 자료와 분석 이력" : "= Appendix: data and provenance");
  }
}
