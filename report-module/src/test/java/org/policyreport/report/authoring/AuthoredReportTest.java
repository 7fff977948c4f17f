package org.policyreport.report.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.TextDump;

/** Authored Markdown chapters → the document model: every construct and every error. */
class AuthoredReportTest {
  @TempDir Path dir;
  private AuthoredChapters study;

  @BeforeEach
  void setUp() {
    study = new AuthoredChapters(dir);
  }

  private static String cell(String name, String body) {
    return "```{" + name + "}\n" + body + "\n```\n";
  }

  private void assertError(String markdown, String... parts) {
    assertThatThrownBy(() -> study.dump(markdown))
        .isInstanceOf(DocumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains(parts));
  }

  @Test
  void headingsAreChaptersAndSectionsNumberedByTheProgram() {
    String d = study.dump("# Intro\n\ntext\n\n## Part {#sec-part}\n\n### Lower\n\n#### Lowest\n");
    assertThat(d)
        .contains("= Chapter 1 Intro")
        .contains("== 1.1 Part")
        .contains("=== 1.1.1 Lower")
        .contains("==== 1.1.1.1 Lowest");
  }

  @Test
  void koreanHeadingsUseKoreanNumbering() {
    String d = study.dump("# 서론\n\n## 배경\n\n### 목적\n\n#### 범위\n", "ko");
    assertThat(d).contains("= 제1장 서론").contains("== 제1절 배경").contains("=== 1. 목적");
  }

  @Test
  void unnumberedHeadingKeepsNoNumber() {
    assertThat(study.dump("# Preface {-}\n\ntext\n")).contains("= Preface\n");
  }

  @Test
  void inlineEmphasisAndFootnotesReachTheModel() {
    String d = study.dump("# A\n\nSome *italic* and **bold** text.[^n]\n\n[^n]: The note.\n");
    assertThat(d).contains("_italic_").contains("**bold**").contains("[^The note.]");
  }

  @Test
  void gfmTableWithCaptionAndLabelIsANumberedTable() {
    String d =
        study.dump(
            "# A\n\nSee @tbl-x.\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n: My caption {#tbl-x}\n");
    assertThat(d).contains("See Table 1-1.").contains("TABLE Table 1-1 My caption");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kind: regression; models: [growth_fgls, growth_re, growth_fe]; stats: [nobs, r2Within]",
        "kind: regression; models: innovation_count; irr: true",
        "kind: tests; models: [growth_re, growth_fe]",
        "kind: descriptives; data: panel",
        "kind: survey-needs; survey: expert_survey",
        "kind: survey-groups; survey: expert_survey; by: group; measure: importance",
        "kind: inputs",
        "kind: models"
      })
  void everyTableKindBuildsANumberedTable(String body) {
    String d =
        study.dump(
            "# A\n\n@tbl-t shows it.\n\n"
                + cell("table", body.replace("; ", "\n") + "\nlabel: tbl-t\ncaption: The table"));
    assertThat(d).contains("Table 1-1 shows it.").contains("TABLE Table 1-1 The table");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kind: irr; model: innovation_count|<Coefficients>",
        "kind: regions; data: panel; variable: patents_per_10k|<Bar>",
        "kind: trend; data: panel; variable: patents_per_10k; top: 3|<Lines>",
        "kind: ipa; survey: expert_survey|<Scatter>"
      })
  void everyFigureKindBuildsANumberedFigure(String spec) {
    String[] parts = spec.split("\\|");
    String d =
        study.dump(
            "# A\n\nAs @fig-f shows.\n\n"
                + cell(
                    "figure", parts[0].replace("; ", "\n") + "\nlabel: fig-f\ncaption: A chart"));
    assertThat(d)
        .contains("As Figure 1-1 shows.")
        .contains("FIGURE Figure 1-1 A chart " + parts[1]);
  }

  @Test
  void koreanReferenceUsesKoreanLabel() {
    String d =
        study.dump(
            "# 가\n\n@tbl-g 참조.\n\n"
                + cell("table", "kind: regression\nmodels: [growth_fe]\nlabel: tbl-g\ncaption: 성장"),
            "ko");
    assertThat(d).contains("<표 1-1> 참조.");
  }

  @Test
  void findingsOfAModelAreItsEffectSentences() {
    String d =
        study.dump("# A\n\n" + cell("findings", "model: growth_fe\nheadline: Growth results"));
    assertThat(d).contains("LEAD: Growth results").contains("fiscal autonomy");
  }

  @Test
  void findingsOfSeveralModelsLeadWithTheHeadlineModelAndSayWhy() {
    String d =
        study.dump("# A\n\n" + cell("findings", "models: [growth_fgls, growth_re, growth_fe]"));
    assertThat(d)
        .contains("The Hausman test does not reject its null hypothesis")
        .contains("The findings therefore describe the FGLS (hetero., AR(1)) model.")
        .contains("In the FGLS (hetero., AR(1)) model of");
    String ko =
        study.dump(
            "# 가\n\n" + cell("findings", "models: [growth_fgls, growth_re, growth_fe]"), "ko");
    assertThat(ko).contains("중심으로 기술한다");
  }

  @Test
  void findingsNamingBothOneModelAndSeveralIsAnError() {
    assertError(
        "# A\n\n" + cell("findings", "model: growth_fe\nmodels: [growth_fe, growth_re]"),
        "{findings} names one of 'model:', 'models:' or 'survey:'");
  }

  @Test
  void findingsOfASurveyNameTheGreatestNeed() {
    String d = study.dump("# A\n\n" + cell("findings", "survey: expert_survey"));
    assertThat(d).contains("The 150 respondents").contains("attracting and retaining talent");
  }

  @Test
  void summaryIsAKeyFindingsBox() {
    String d =
        study.dump(
            "# A\n\n"
                + cell(
                    "summary",
                    "models: [innovation_count]\nsurveys: [expert_survey]\nrecommendations: true"));
    assertThat(d).contains("BOX[OK] Key findings").contains("**Generalized NB.**");
  }

  @Test
  void recommendationsAreBoxesWithTheirEvidence() {
    String d = study.dump("# A\n\n" + cell("recommendations", ""));
    assertThat(d)
        .contains("Recommendation 1: Deepen fiscal")
        .contains("Evidence for recommendation 1")
        .doesNotContain("**Holds:**");
  }

  @Test
  void inlineFunctionsFormatInTheReportsNumberStyle() {
    String d =
        study.dump(
            "# A\n\nb ${coef(\"growth_fe\", \"fiscal_autonomy\")} se ${se(\"growth_fe\","
                + " \"fiscal_autonomy\")} p ${p(\"growth_fe\", \"fiscal_autonomy\")} irr"
                + " ${irr(\"innovation_count\", \"fiscal_autonomy\")} rho ${stat(\"growth_fgls\","
                + " \"rho\")} rank ${item(\"expert_survey\", \"talent_retention\").borichRank}\n");
    assertThat(d)
        .containsPattern(
            "b 0\\.\\d{3} se 0\\.\\d{3} p [<0-9.]+ irr 1\\.\\d{3} rho 0\\.\\d{3} rank 1");
  }

  @Test
  void freemarkerConditionsWorkInChapters() {
    String d = study.dump("# A\n\n<#if fx.hasModel(\"growth_fe\")>\nYes.\n<#else>\nNo.\n</#if>\n");
    assertThat(d).contains("Yes.").doesNotContain("No.");
  }

  @Test
  void chaptersPerLanguage() {
    study.chapter("en/a.md", "# English chapter\n").chapter("ko/a.md", "# 한국어 장\n");
    assertThat(
            org.policyreport.report.document.TextDump.of(
                study.build("{en: [en/a.md], ko: [ko/a.md]}", "ko")))
        .contains("제1장 한국어 장")
        .doesNotContain("English chapter");
  }

  @Test
  void sectionLabelIsAReferenceToTheSectionNumber() {
    assertThat(study.dump("# A\n\n## B {#sec-b}\n\nAs in @sec-b.\n")).contains("As in 1.1.");
  }

  @Test
  void chapterMayIncludeAFileOfItsOwnFolder() {
    study.chapter("chapters/shared.md", "Shared text.\n");
    assertThat(study.dump("# A\n\n<#include \"shared.md\">\n")).contains("Shared text.");
  }

  @Test
  void mailAddressIsNotAReference() {
    assertThat(study.dump("# A\n\nWrite to office@tbl-x.org today.\n"))
        .contains("office@tbl-x.org");
  }

  @Test
  void frontMatterSetsTheDocumentsSubjectAndTheTitlePageNotice() {
    study.chapter(
        "chapters/one.md",
        "---\nsubject: \"My subject\"\nnotice: \"Read me.\"\n---\n# A\n\ntext\n");
    var doc = study.build("[chapters/one.md]", "en");
    assertThat(doc.metadata().subject()).isEqualTo("My subject");
    assertThat(TextDump.of(doc)).contains("/ Read me.").contains("= Chapter 1 A");
  }

  @Test
  void contentsCellPlacesTheContentsWhereTheChapterSays() {
    String d = study.dump("# Summary {-}\n\ntext\n\n```{contents}\n```\n\n# A\n");
    assertThat(d.indexOf("TOC ")).isGreaterThan(d.indexOf("= Summary"));
    assertThat(d.indexOf("TOC ")).isLessThan(d.indexOf("= Chapter 1 A"));
    assertThat(d.split("TOC ", -1)).hasSize(2);
  }

  @Test
  void summaryItemsAreTheChaptersOwnLines() {
    String d =
        study.dump(
            "# A\n\n"
                + cell(
                    "summary",
                    "title: Main points\nitems:\n  - |-\n    **One.** First ${coef(\"growth_fe\","
                        + " \"fiscal_autonomy\")}\n  - Second"));
    assertThat(d)
        .contains("BOX[OK] Main points")
        .containsPattern("- \\*\\*One\\.\\*\\* First 0\\.\\d+");
  }

  @Test
  void oneRecommendationByIdWithItsOwnLabel() {
    String d =
        study.dump("# A\n\n" + cell("recommendations", "id: governance\nlabel: Policy issue"));
    assertThat(d).contains("Policy issue 3: Govern").doesNotContain("Policy issue 1:");
  }

  @Test
  void paragraphRolesAndBlockQuotes() {
    String d = study.dump("# A\n\nOpening words. {.lead}\n\n> Take care.\n\nFine print {.small}\n");
    assertThat(d)
        .contains("LEAD: Opening words.")
        .contains("NOTICE: Take care.")
        .contains("SMALL: Fine print");
  }

  @Test
  void chapterImportsTheLanguagesFindings() {
    String d =
        study.dump(
            "# A\n\n<#import \"findings.ftl\" as f>\nNamed ${f.noun(\"fiscal_autonomy\")}.\n");
    assertThat(d).contains("Named fiscal autonomy.");
  }

  @Test
  void gfmTableCaptionMayGiveASource() {
    String d =
        study.dump("# A\n\n| a |\n|---|\n| 1 |\n\n: Cap {#tbl-s source=\"Compiled here.\"}\n");
    assertThat(d).contains("TABLE Table 1-1 Cap").contains("SOURCE Compiled here.");
  }

  // ----------------------------------------------------------------------------- errors

  @Test
  void unknownFrontMatterKeyNamesIt() {
    assertError("---\nauthor: me\n---\n# A\n", "one.md line 2", "unknown key 'author'");
  }

  @Test
  void unknownRecommendationIdIsAnError() {
    assertError("# A\n\n" + cell("recommendations", "id: nope"), "one.md line 3", "nope");
  }

  @Test
  void unknownBlockNamesFileAndLine() {
    assertError(
        "# A\n\ntext\n\n```{chart}\nkind: x\n```\n", "one.md line 5", "unknown block {chart}");
  }

  @Test
  void unknownKeyNamesItsLine() {
    assertError(
        "# A\n\n"
            + cell(
                "table",
                "kind: regression\nmodels: [growth_fe]\nlabel: tbl-a\ncaption: c\ncolour: red"),
        "one.md line 8",
        "unknown key 'colour'");
  }

  @Test
  void unknownKindNamesItsLine() {
    assertError(
        "# A\n\n" + cell("figure", "label: fig-a\nkind: pie\ncaption: c"),
        "one.md line 5",
        "unknown figure kind 'pie'");
  }

  @Test
  void unknownModelInABlockNamesItsLine() {
    assertError(
        "# A\n\n"
            + cell(
                "table", "kind: regression\nmodels: [growth_fe, nope]\nlabel: tbl-a\ncaption: c"),
        "one.md line 5",
        "unknown model 'nope'");
  }

  @Test
  void unknownLabelNamesFileAndLine() {
    assertError(
        "# A\n\n<#if true>\nfirst\n</#if>\n\nSee @tbl-missing here.\n",
        "one.md line 7",
        "unknown label @tbl-missing");
  }

  @Test
  void unknownModelInAnInlineFunctionNamesFileAndLine() {
    assertError(
        "# A\n\nline\n\nvalue ${coef(\"nope\", \"x\")}\n", "one.md line 5", "unknown model 'nope'");
  }

  @Test
  void unknownTermInAnInlineFunctionListsTheTerms() {
    assertError(
        "# A\n\n${se(\"growth_fe\", \"nope\")}\n",
        "line 3",
        "has no term 'nope'",
        "fiscal_autonomy");
  }

  @Test
  void unknownModelAskedOfTheFactsNamesTheModelFileAndLine() {
    assertError(
        "# A\n\n${fx.modelName(\"nope\")}\n",
        "one.md line 3",
        "model 'nope'",
        "results do not have");
  }

  @Test
  void unknownStatisticIsAnError() {
    assertError("# A\n\n${stat(\"growth_fe\", \"nope\")}\n", "line 3", "no statistic 'nope'");
  }

  @Test
  void rawHtmlIsAnError() {
    assertError("# A\n\n<div>x</div>\n", "one.md line 3", "raw HTML");
  }

  @Test
  void plainCodeBlockIsAnError() {
    assertError("# A\n\n```\ncode\n```\n", "one.md line 3", "code block");
  }

  @Test
  void labelWithoutItsPrefixIsAnError() {
    assertError(
        "# A\n\n" + cell("table", "kind: models\nlabel: models\ncaption: c"),
        "line 5",
        "must start with 'tbl-'");
  }

  @Test
  void missingChapterFileIsAnError() {
    assertThatThrownBy(() -> study.build("[chapters/missing.md]", "en"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("missing.md")
        .hasMessageContaining("not found");
  }

  @Test
  void languageWithoutChaptersNamesTheKey() {
    study.chapter("en/a.md", "# A\n");
    assertThatThrownBy(() -> study.build("{en: [en/a.md]}", "ko"))
        .hasMessageContaining("report.chapters")
        .hasMessageContaining("'ko'");
  }

  // ----------------------------------------------------------------------------- sandbox

  @Test
  void chaptersRunInTheSandbox() {
    assertError(
        "# A\n\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n",
        "one.md line 3");
  }

  @Test
  void chapterCannotIncludeOutsideItsFolder() {
    study.chapter("secret.md", "SECRET");
    assertError("# A\n\n<#include \"../secret.md\">\n", "one.md line 3");
  }
}
