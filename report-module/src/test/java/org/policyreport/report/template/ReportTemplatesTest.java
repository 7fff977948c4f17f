package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.TextDump;

/** The shipped templates on results made from the default synthetic data, read as text dumps. */
class ReportTemplatesTest {
  private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u3131-\\u318E]");

  /**
   * Abbreviations, model terms in formulas and statistics symbols a Korean reader expects in Latin
   * letters. Anything else in Latin letters outside the references is an English word left in the
   * Korean document.
   */
  private static final Set<String> LATIN_ALLOWED =
      Set.of(
          // statistics and econometrics: model names, criteria, tests
          "NB",
          "AIC",
          "BIC",
          "GLS",
          "FGLS",
          "IRR",
          "AR",
          "IPA",
          "LM",
          "OLS",
          // formulas: ln α, exp(b)
          "ln",
          "exp",
          // names the study uses: organisations and statistics
          "OECD",
          "GRDP",
          // the checksum named in the appendix
          "SHA");

  /** Names kept as they are spelt: the program that computed the results (appendix). */
  // Software that the method notes name, as a Korean report names it.
  private static final List<String> LATIN_NAMES =
      List.of(
          "policy-report",
          "plm",
          "Stata",
          "xtreg",
          "re",
          "fe",
          "vce",
          "cluster",
          "glm",
          "nb",
          "ISBN");

  /** A SHA-256 checksum in hexadecimal. */
  private static final Pattern CHECKSUM = Pattern.compile("\\b[0-9a-f]{64}\\b");

  /** The markers TextDump itself writes. */
  private static final Pattern DUMP_MARKUP =
      Pattern.compile(
          "^# .*|^summary: |^(\\s*)(TITLE|TABLE|FIGURE|NOTE|SOURCE|BOX\\[(OK|WARNING)\\]|END BOX|TOC|LEAD:|NOTICE:|SMALL:|SERIES|CREDIT|SIGNED|COLOPHON|DISCLAIMER|==== body starts: page 1)|<(Bar|Lines|Coefficients|Scatter)>|\\[\\^|\\[ref ");

  private static String dump(String language) {
    return TextDump.of(ReportFixture.build(language));
  }

  private static List<String> headings(String dump, String prefix) {
    return dump.lines().filter(l -> l.startsWith(prefix)).toList();
  }

  @Test
  void englishReportHasTheFiveChaptersThenReferencesAndAppendix() {
    List<String> h1 = headings(dump("en"), "= ");
    assertThat(h1)
        .containsExactly(
            "= Foreword",
            "= Executive summary",
            "= Chapter 1 Introduction",
            "= Chapter 2 Theoretical background and analysis framework",
            "= Chapter 3 Domestic situation, overseas cases and the expert survey",
            "= Chapter 4 Empirical analysis",
            "= Chapter 5 Three key policy issues: core strategies and policies",
            "= References",
            "= Appendix: data and provenance",
            "= 요약");
  }

  @Test
  void koreanReportHasTheFiveChaptersThenReferencesAndAppendix() {
    List<String> h1 = headings(dump("ko"), "= ");
    assertThat(h1)
        .containsExactly(
            "= 발간사",
            "= 요 약",
            "= 제1장 서 론",
            "= 제2장 이론적 배경과 분석틀",
            "= 제3장 국내 현황, 해외 사례와 전문가 조사",
            "= 제4장 실증분석",
            "= 제5장 3대 정책과제와 핵심 전략 및 정책",
            "= 참고문헌",
            "= 부록: 자료와 분석 이력",
            "= Abstract");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void everyGeneratedTableAndFigureIsPresentAndNumbered(String language) {
    String d = dump(language);
    boolean ko = language.equals("ko");
    // framework, descriptives, respondents; count, growth, tests, needs, two group tables; inputs,
    // models; the evidence of the three recommendations and the roadmap
    assertThat(d.lines().filter(l -> l.startsWith("TABLE ")).count()).isEqualTo(15);
    assertThat(d.lines().filter(l -> l.startsWith("FIGURE ")).count()).isEqualTo(4);
    assertThat(d)
        .contains(
            ko ? "TABLE <표 4-1>" : "TABLE Table 4-1", ko ? "TABLE <표 A-2>" : "TABLE Table A-2");
    assertThat(d).contains(ko ? "TABLE <표 4-6>" : "TABLE Table 4-6");
    assertThat(d).doesNotContain("[ref ");
  }

  @Test
  void englishDumpHasNoKoreanBeforeTheKoreanAbstract() {
    String d = dump("en");
    // The configured Korean 요약 at the end is Korean by design.
    d = d.substring(0, d.indexOf("\n= 요약"));
    List<String> offending = d.lines().filter(l -> HANGUL.matcher(l).find()).toList();
    assertThat(offending).isEmpty();
  }

  @Test
  void koreanDumpHasNoStrayEnglishWordsOutsideTheReferences() {
    String d = dump("ko");
    int references = d.indexOf("\n= 참고문헌");
    int appendix = d.indexOf("\n----", references + 1);
    // the appendix (input files, models, notes) counts too: only the references and the English
    // abstract of the back matter stay in English
    String text = d.substring(0, references) + d.substring(appendix);
    int abstractStart = text.indexOf("\n= Abstract");
    if (abstractStart >= 0) {
      text = text.substring(0, abstractStart) + text.substring(text.indexOf("\nCOLOPHON"));
    }
    assertThat(text).contains("= 부록");
    assertThat(strayLatinWords(text)).isEmpty();
  }

  @Test
  void koreanAppendixNamesModelsAndDataInKorean() {
    String d = dump("ko");
    String appendix = d.substring(d.indexOf("\n= 부록"));
    assertThat(appendix).contains(". 일반화 음이항 | 일반화 음이항 회귀(최우추정)", ". 패널자료 | ");
    assertThat(appendix).doesNotContain("innovation_count", "results.json", "(embedded)");
  }

  @Test
  void strayWordHeuristicCatchesModelIdsButNotFilesOrChecksums() {
    assertThat(
            strayLatinWords(
                "모형 innovation_count, 파일 ../data/regional_panel.csv, SHA-256 "
                    + "7059a985752d683d991bbabf9e3f5c8e80fea190a520a38d59ebec90862c77ce"))
        .containsExactly("innovation", "count");
  }

  @Test
  void strayWordHeuristicCatchesAnEnglishSentence() {
    assertThat(strayLatinWords("재정자주도가 high significant 하다 (Oates, 1972) 혁신청(Vinnova) FGLS"))
        .containsExactly("high", "significant");
  }

  /**
   * Latin words of two or more letters that are not allowed abbreviations. Citations "(Name,
   * 1990)", a foreign name glossed after a Korean word "혁신청(Vinnova)", file paths and names
   * ("../data/x.csv"), checksums and {@link #LATIN_NAMES} are what a Korean report keeps in Latin
   * letters; model ids ("innovation_count") are not: the report names models by their labels.
   */
  static List<String> strayLatinWords(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = DUMP_MARKUP.matcher(line).replaceAll(" ");
      l = l.replaceAll("\\([^()]*\\b(1[89]\\d\\d|20\\d\\d)\\b[^()]*\\)", " ");
      l = l.replaceAll("(?<=[\\uAC00-\\uD7A3])\\([\\p{IsLatin} .\\-]+\\)", " ");
      l = l.replaceAll("\\S*/\\S*|\\S+\\.(csv|json|ya?ml|xlsx)\\b", " ");
      l = CHECKSUM.matcher(l).replaceAll(" ");
      for (String name : LATIN_NAMES) {
        l = l.replace(name, " ");
      }
      Matcher m = Pattern.compile("\\p{IsLatin}{2,}").matcher(l);
      while (m.find()) {
        if (!LATIN_ALLOWED.contains(m.group())) {
          out.add(m.group());
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void syntheticDataAreAnnouncedOnTheTitlePageAndInTheAppendix(String language) {
    String d = dump(language);
    String title = d.lines().filter(l -> l.startsWith("TITLE ")).findFirst().orElseThrow();
    assertThat(title).contains(language.equals("ko") ? "합성 자료" : "synthetic");
    String appendix = d.substring(d.indexOf(language.equals("ko") ? "\n= 부록" : "\n= Appendix"));
    assertThat(appendix)
        .contains(language.equals("ko") ? "합성 자료" : "synthetic", "policy-report", "0.1.0");
  }

  @Test
  void realDataReportsCarryNoSyntheticNotice() {
    var config =
        ReportFixture.config(
            y -> replace(y, "\n  syntheticData: true", "\n  syntheticData: false"));
    String d = TextDump.of(ReportFixture.build(config, ReportFixture.results(), "en"));
    // The foreword is the author's text (the default config's says that its data are synthetic).
    d = d.substring(0, d.indexOf("= Foreword")) + d.substring(d.indexOf("= Executive summary"));
    assertThat(d.toLowerCase(java.util.Locale.ROOT)).doesNotContain("synthetic");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void resultsWithoutTheSurveyStillGiveFiveChaptersAndNoSurveySections(String language) {
    ObjectNode tree = ReportFixture.resultsTree();
    tree.set("surveys", tree.arrayNode());
    Document doc =
        ReportFixture.build(ReportFixture.config(), ReportFixture.results(tree), language);
    String d = TextDump.of(doc);
    assertThat(headings(d, "= ").stream().filter(l -> l.matches("= (Chapter \\d|제\\d장).*")))
        .hasSize(5);
    assertThat(d)
        .doesNotContain(language.equals("ko") ? "보리치 요구도 분석" : "Needs by the Borich index");
    assertThat(d.lines().filter(l -> l.startsWith("FIGURE ")).count()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void resultsWithOnlyAnNb2AndARandomEffectsModelStillRender(String language) {
    ObjectNode tree = ReportFixture.resultsTree();
    ArrayNode kept = tree.arrayNode();
    for (JsonNode m : tree.get("models")) {
      if (Set.of("innovation_nb2", "growth_re").contains(m.get("id").asText())) {
        kept.add(m);
      }
    }
    tree.set("models", kept);
    String d =
        TextDump.of(
            ReportFixture.build(ReportFixture.config(), ReportFixture.results(tree), language));
    assertThat(d).contains(language.equals("ko") ? "(1) 음이항(NB2) |" : "(1) NB2 |");
    assertThat(d).contains(language.equals("ko") ? "(1) 확률효과 |" : "(1) Random effects |");
    // the evidence that names the missing models fails and says so
    assertThat(d).contains(language.equals("ko") ? "분석 결과에 없음" : "not in the results");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void chapterFiveSaysSoWhenNoRecommendationsAreConfigured(String language) {
    var config = ReportFixture.config(y -> y.setLength(y.indexOf("\nrecommendations:")));
    String d = TextDump.of(ReportFixture.build(config, ReportFixture.results(), language));
    String ch5 = d.substring(d.indexOf(language.equals("ko") ? "= 제5장" : "= Chapter 5"));
    assertThat(ch5)
        .contains(language.equals("ko") ? "설정된 정책과제가 없다" : "No recommendations were configured");
    assertThat(ch5).doesNotContain("BOX[");
  }

  static void replace(StringBuilder sb, String from, String to) {
    int i = sb.indexOf(from);
    if (i < 0) {
      throw new IllegalArgumentException("config has no '" + from + "'");
    }
    sb.replace(i, i + from.length(), to);
  }
}
