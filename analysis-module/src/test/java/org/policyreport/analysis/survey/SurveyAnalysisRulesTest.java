package org.policyreport.analysis.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.contract.SurveyAnova;
import org.policyreport.contract.SurveyItemResult;
import org.policyreport.contract.SurveyResult;

class SurveyAnalysisRulesTest {
  private static final String HEADER = "respondent,group,ia,ib,ic,pa,pb,pc\n";

  private static SurveyResult analyze(String rows) {
    return SurveyAnalysis.analyze(SurveyFixtures.threeItems(), SurveyFixtures.table(HEADER + rows));
  }

  @Test
  void equalBorichIndicesShareTheSmallestRank() {
    assertThat(Borich.ranks(new double[] {1.5, 3.0, 1.5, 0.2, 3.0})).containsExactly(3, 1, 3, 5, 1);
  }

  @Test
  void itemsWithIdenticalAnswersTieInTheSurveyResult() {
    SurveyResult r = analyze("1,x,5,5,3,2,2,3\n2,x,4,4,3,3,3,2\n3,y,5,5,2,4,4,2\n");
    assertThat(r.item("a").borich()).isEqualTo(r.item("b").borich());
    assertThat(r.item("a").borichRank()).isEqualTo(1);
    assertThat(r.item("b").borichRank()).isEqualTo(1);
    assertThat(r.item("c").borichRank()).isEqualTo(3);
  }

  @Test
  void rejectsRatingOutsideTheScaleNamingFileLineAndColumn() {
    assertThatThrownBy(() -> analyze("1,x,5,4,3,2,2,3\n2,x,4,6,3,3,3,2\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("survey.csv line 3, column 4 (ib)")
        .hasMessageContaining("6 is not a rating on the scale 1-5");
  }

  @Test
  void rejectsFractionalRating() {
    assertThatThrownBy(() -> analyze("1,x,5,4,3,2,2.5,3\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("survey.csv line 2, column 7 (pb)")
        .hasMessageContaining("2.5 is not a rating");
  }

  @Test
  void rejectsTextInARatingColumn() {
    assertThatThrownBy(() -> analyze("1,x,5,4,3,2,2,3\n2,x,high,4,3,3,3,2\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("survey.csv line 3, column 3 (ia)");
  }

  @Test
  void rejectsItemColumnTheFileDoesNotHave() {
    String csv = "respondent,group,ia,ib,ic,pa,pb,pc_typo\n1,x,5,4,3,2,2,3\n";
    assertThatThrownBy(
            () -> SurveyAnalysis.analyze(SurveyFixtures.threeItems(), SurveyFixtures.table(csv)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("survey.csv line 1: no column 'pc'")
        .hasMessageContaining("test.yaml: surveys[0].items[2].performance");
  }

  @Test
  void rejectsDuplicateRespondentId() {
    assertThatThrownBy(() -> analyze("1,x,5,4,3,2,2,3\n2,x,4,4,3,3,3,2\n1,y,4,4,3,3,3,2\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "survey.csv line 4, column 1 (respondent): duplicate respondent id '1' (first on line 2)");
  }

  @Test
  void rejectsItemColumnUsedTwiceInTheConfig() {
    assertThatThrownBy(
            () ->
                SurveyFixtures.spec(
                    "surveys:\n  - id: s\n    data: survey\n    items:\n"
                        + "      - {id: a, importance: ia, performance: pa}\n"
                        + "      - {id: b, importance: ia, performance: pb}\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "test.yaml: surveys[0].items[1].importance names column 'ia', already used by surveys[0].items[0].importance");
  }

  @Test
  void rejectsUnknownDataSource() {
    assertThatThrownBy(
            () ->
                SurveyFixtures.spec(
                    "surveys:\n  - id: s\n    data: panel\n    items:\n"
                        + "      - {id: a, importance: ia, performance: pa}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("test.yaml: surveys[0].data 'panel' is not a data source");
  }

  @Test
  void countsBlankAnswersAndUsesOnlyCompletePairsPerItem() {
    SurveyResult r =
        analyze("1,x,5,,3,2,2,3\n" + "2,x,4,4,3,,3,2\n" + "3,y,5,5,2,4,4,2\n" + "4,y,3,4,,2,3,1\n");
    assertThat(r.blankAnswers()).isEqualTo(3);
    SurveyItemResult a = r.item("a");
    assertThat(a.importanceMissing()).isZero();
    assertThat(a.performanceMissing()).isEqualTo(1);
    assertThat(a.n()).isEqualTo(3);
    assertThat(a.importanceMean()).isCloseTo((5 + 5 + 3) / 3.0, within(1e-15));
    assertThat(r.item("b").importanceMissing()).isEqualTo(1);
    assertThat(r.item("c").n()).isEqualTo(3);
    // respondents 1, 2 and 4 each miss one importance or performance answer
    assertThat(r.reliability().importance().nComplete()).isEqualTo(2);
    assertThat(r.reliability().performance().nComplete()).isEqualTo(3);
    assertThat(r.notes()).contains(Note.of(NoteCode.BLANK_ANSWERS, 3));
  }

  @Test
  void keepsTheConfiguredLabels() {
    SurveyResult r = analyze("1,x,5,4,3,2,2,3\n2,y,4,4,3,3,3,2\n");
    assertThat(r.item("a").label()).isEqualTo("Item A");
    assertThat(r.item("a").labelKo()).isEqualTo("항목 가");
    assertThat(r.item("b").label()).isEqualTo("Item B");
    assertThat(r.item("b").labelKo()).isNull();
    assertThat(r.item("c").label()).isEqualTo("c");
  }

  @Test
  void quadrantsFollowTheGrandMeansOfTheItemMeans() {
    assertThat(SurveyAnalysis.quadrant(4.5, 2.0, 4.0, 3.0)).isEqualTo("concentrate_here");
    assertThat(SurveyAnalysis.quadrant(4.5, 3.5, 4.0, 3.0)).isEqualTo("keep_up");
    assertThat(SurveyAnalysis.quadrant(3.5, 2.0, 4.0, 3.0)).isEqualTo("low_priority");
    assertThat(SurveyAnalysis.quadrant(3.5, 3.5, 4.0, 3.0)).isEqualTo("possible_overkill");
    assertThat(SurveyAnalysis.quadrant(4.0, 3.0, 4.0, 3.0)).isEqualTo("keep_up");
    // item a: high importance, low performance; item c: low importance, high performance
    SurveyResult r = analyze("1,x,5,4,2,1,3,4\n2,y,5,4,3,2,3,5\n");
    assertThat(r.importanceGrandMean()).isCloseTo(23 / 6.0, within(1e-15));
    assertThat(r.item("a").quadrant()).isEqualTo("concentrate_here");
    assertThat(r.item("c").quadrant()).isEqualTo("possible_overkill");
  }

  @Test
  void pairedTestAndAnovaAgreeWithCommonsMath() {
    String rows =
        "1,x,5,4,3,2,2,3\n2,x,4,4,3,3,3,2\n3,y,5,5,2,4,4,2\n4,y,3,4,4,2,3,1\n"
            + "5,z,4,2,5,1,3,3\n6,z,2,3,3,2,4,4\n7,x,5,5,1,3,1,2\n";
    SurveyResult r = analyze(rows);
    double[] ia = {5, 4, 5, 3, 4, 2, 5};
    double[] pa = {2, 3, 4, 2, 1, 2, 3};
    TTest tt = new TTest();
    assertThat(r.item("a").gapT()).isCloseTo(tt.pairedT(ia, pa), within(1e-12));
    assertThat(r.item("a").gapP()).isCloseTo(tt.pairedTTest(ia, pa), within(1e-12));
    List<double[]> byGroup =
        List.of(new double[] {5, 4, 5}, new double[] {5, 3}, new double[] {4, 2});
    SurveyAnova anova =
        r.grouping("group").anova().stream()
            .filter(x -> x.item().equals("a") && x.measure().equals("importance"))
            .findFirst()
            .orElseThrow();
    OneWayAnova reference = new OneWayAnova();
    assertThat(anova.f()).isCloseTo(reference.anovaFValue(byGroup), within(1e-12));
    assertThat(anova.p()).isCloseTo(reference.anovaPValue(byGroup), within(1e-12));
    assertThat(anova.df1()).isEqualTo(2);
    assertThat(anova.df2()).isEqualTo(4);
  }

  @Test
  void undefinedStatisticsAreNullNotNaN() {
    // every respondent rates item a 4 vs 3: the gap has no variance
    SurveyResult r = analyze("1,x,4,4,3,3,2,3\n2,y,4,5,3,3,3,2\n");
    assertThat(r.item("a").gapT()).isNull();
    assertThat(r.item("a").gapP()).isNull();
    assertThat(r.notes()).contains(Note.of(NoteCode.GAP_TEST_UNDEFINED, "a"));
    assertThat(r.grouping("group").anova()).allMatch(a -> a.f() == null && a.df2() == 0);
  }
}
