package org.policyreport.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.TestName;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.TemplateSource;
import org.policyreport.report.template.Words;

/** Notes of results.json are worded in the report's language from note.<code>. */
class NoteWordsTest {
  private final Words en = Words.load(TemplateSource.builtIn(), "en");
  private final Words ko = Words.load(TemplateSource.builtIn(), "ko");
  private final NumberStyle f = new NumberStyle(3);

  @Test
  void everyNoteCodeHasAnEntryInEveryLanguage() {
    for (String code : NoteCode.ALL) {
      assertThat(en.has("note." + code)).as("en " + code).isTrue();
      assertThat(ko.has("note." + code)).as("ko " + code).isTrue();
    }
  }

  @Test
  void everyTestNameHasAnEntryInEveryLanguage() {
    // results.json carries no label for a test: the report's words are the only ones it has.
    for (String name : TestName.ALL) {
      assertThat(en.has("test." + name)).as("en " + name).isTrue();
      assertThat(ko.has("test." + name)).as("ko " + name).isTrue();
    }
  }

  @Test
  void koreanReportWordsTestNotesInKorean() {
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.HAUSMAN_NEGATIVE)))
        .startsWith("하우스만 검정: 카이제곱 통계량이 음수로");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.BREUSCH_PAGAN_NEGATIVE)))
        .startsWith("브루쉬-페이건 LM 검정: ");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.MODIFIED_WALD_PANELS_LEFT_OUT, 2, "서울, 부산")))
        .isEqualTo("수정 왈드 검정: 잔차 제곱에 변동이 없는 패널 2개(서울, 부산)를 제외함.");
  }

  @Test
  void runWarningsAreWordedInEnglishForTheTerminal() {
    assertThat(
            NoteWords.inEnglish(
                List.of(
                    Note.of(NoteCode.ROWS_DROPPED_MISSING, 1042, "ols"),
                    Note.of(NoteCode.ROWS_DROPPED_LAG, 1, "growth"))))
        .containsExactly(
            "Model 'ols': 1,042 rows with a missing value dropped (listwise deletion).",
            "Model 'growth': 1 row without an earlier period for a lag or difference dropped.");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.ROWS_DROPPED_MISSING, 3, "ols")))
        .isEqualTo("모형 'ols': 결측값이 있는 관측치 3개를 제외함(목록별 삭제).");
  }

  @Test
  void koreanReportWordsModelNotesInKorean() {
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.OBSERVED_INFORMATION)))
        .startsWith("표준오차는 관측 정보행렬로 계산함");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.HAUSMAN_NOT_POSITIVE_DEFINITE)))
        .isEqualTo("하우스만 검정: V_FE − V_RE가 양의 정부호 행렬이 아님.");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.OMITTED_COLLINEAR, "인구")))
        .isEqualTo("인구는 다중공선성으로 제외됨.");
  }

  @Test
  void countsTakeTheNumberStyleAndEnglishSingulars() {
    assertThat(NoteWords.word(en, f, Note.of(NoteCode.DROPPED_MISSING, 1234)))
        .startsWith("1,234 observations with a missing value");
    assertThat(NoteWords.word(en, f, Note.of(NoteCode.DROPPED_MISSING, 1)))
        .startsWith("1 observation with a missing value");
    assertThat(NoteWords.word(en, f, Note.of(NoteCode.NO_PAIR_IN_GROUP, "a", "year", "2020")))
        .isEqualTo("Item a: no respondent with year '2020' rated both importance and performance.");
  }

  @Test
  void aTestThatWasNotComputedIsNamedAsTheTestsTableNamesIt() {
    assertThat(NoteWords.word(en, f, Note.of(NoteCode.TEST_NOT_COMPUTED, "hausman")))
        .isEqualTo(
            "Hausman test, fixed vs. random effects: not computed, as the data do not support it.");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.TEST_NOT_COMPUTED, "hausman")))
        .isEqualTo("하우스만 검정(고정효과 대 확률효과): 자료 여건상 계산할 수 없어 제시하지 않음.");
  }

  @Test
  void aCovarianceNamedByItsCodeIsWordedAsTheModelsTableWordsIt() {
    // The reader sees "robust standard errors", never Stata's option syntax "vce robust".
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.WALD_NOT_LR, "robust")))
        .startsWith("강건 표준오차를 쓰는 경우 기울기 계수 전체는 왈드 검정으로");
    assertThat(NoteWords.word(ko, f, Note.of(NoteCode.WALD_NOT_LR, "cluster")))
        .startsWith("군집 강건 표준오차를 쓰는 경우");
    assertThat(NoteWords.word(en, f, Note.of(NoteCode.WALD_NOT_LR, "cluster")))
        .startsWith("With cluster-robust standard errors, all slopes are tested jointly")
        .doesNotContain("vce");
  }
}
