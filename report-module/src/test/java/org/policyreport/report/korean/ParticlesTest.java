package org.policyreport.report.korean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticlesTest {
  @Test
  void hangulFinalConsonantDecides() {
    assertThat(Particles.attach("성장률", "이/가")).isEqualTo("성장률이");
    assertThat(Particles.attach("재정자주도", "이/가")).isEqualTo("재정자주도가");
    assertThat(Particles.attach("고용", "은/는")).isEqualTo("고용은");
    assertThat(Particles.attach("소득", "을/를")).isEqualTo("소득을");
    assertThat(Particles.attach("연령", "과/와")).isEqualTo("연령과");
    assertThat(Particles.attach("대학 수", "과/와")).isEqualTo("대학 수와");
  }

  @Test
  void rieulTakesRoButOtherwiseCountsAsAConsonant() {
    assertThat(Particles.attach("서울", "으로/로")).isEqualTo("서울로");
    assertThat(Particles.attach("지역", "으로/로")).isEqualTo("지역으로");
    assertThat(Particles.attach("성장률", "은/는")).isEqualTo("성장률은");
    assertThat(Particles.attach("비율", "을/를")).isEqualTo("비율을");
  }

  @Test
  void closingParenthesesAreLookedThrough() {
    assertThat(Particles.attach("1인당 GRDP 성장률(%)", "이/가")).isEqualTo("1인당 GRDP 성장률(%)이");
    assertThat(Particles.attach("하우스만 검정(고정효과 대 확률효과)", "은/는")).isEqualTo("하우스만 검정(고정효과 대 확률효과)은");
    assertThat(Particles.attach("FGLS(이분산·AR(1))", "이/가")).isEqualTo("FGLS(이분산·AR(1))가");
  }

  @Test
  void digitsAreReadAsKoreanNumbers() {
    assertThat(Particles.attach("0", "이/가")).isEqualTo("0이"); // 영
    assertThat(Particles.attach("1", "으로/로")).isEqualTo("1로"); // 일
    assertThat(Particles.attach("2", "이/가")).isEqualTo("2가"); // 이
    assertThat(Particles.attach("3", "은/는")).isEqualTo("3은"); // 삼
    assertThat(Particles.attach("5", "을/를")).isEqualTo("5를"); // 오
    assertThat(Particles.attach("6", "이/가")).isEqualTo("6이"); // 육
    assertThat(Particles.attach("13", "은/는")).isEqualTo("13은"); // 십삼
    assertThat(Particles.attach("10", "이/가")).isEqualTo("10이"); // 십
    assertThat(Particles.attach("1,000", "이/가")).isEqualTo("1,000이"); // 천
    assertThat(Particles.attach("0.052", "이/가")).isEqualTo("0.052가"); // 영 점 영오이
    assertThat(Particles.attach("1.368", "이/가")).isEqualTo("1.368이"); // 팔
  }

  @Test
  void endingsOfFiguresAreReadAsTheirWords() {
    assertThat(Particles.attach("3.0%", "은/는")).isEqualTo("3.0%는"); // 퍼센트
    assertThat(Particles.attach("0.014%p", "이/가")).isEqualTo("0.014%p가"); // 퍼센트포인트
    assertThat(Particles.attach("150명", "을/를")).isEqualTo("150명을");
    assertThat(Particles.attach("관측치 214개", "을/를")).isEqualTo("관측치 214개를");
  }

  @Test
  void latinLettersAreReadByTheirNames() {
    assertThat(Particles.attach("R&D", "이/가")).isEqualTo("R&D가");
    assertThat(Particles.attach("OLS", "은/는")).isEqualTo("OLS는");
    assertThat(Particles.attach("NB2", "을/를")).isEqualTo("NB2를");
    assertThat(Particles.attach("LM", "이/가")).isEqualTo("LM이");
  }

  @Test
  void aFigureInParenthesesAfterANameIsSkipped() {
    // issue #15: the name before the parenthesis decides, not the figure or the unit inside it
    assertThat(Particles.attach("지방정부 재정자율성 확대(2.65점)", "을/를")).isEqualTo("지방정부 재정자율성 확대(2.65점)를");
    assertThat(Particles.attach("지역 주도 R&D 투자 확대(4.14점)", "이었다/였다"))
        .isEqualTo("지역 주도 R&D 투자 확대(4.14점)였다");
    assertThat(Particles.attach("지역 데이터 인프라 구축(3.64점)", "이었다/였다"))
        .isEqualTo("지역 데이터 인프라 구축(3.64점)이었다");
    assertThat(Particles.attach("경기도(55.08건)", "이/가")).isEqualTo("경기도(55.08건)가");
    assertThat(Particles.attach("대전광역시(16.75%)", "과/와")).isEqualTo("대전광역시(16.75%)와");
  }

  @Test
  void aNumberOnItsOwnIsReadByItsLastSpokenSyllable() {
    assertThat(Particles.attach("−0.289", "으로/로")).isEqualTo("−0.289로"); // 구
    assertThat(Particles.attach("−0.811(p<0.001)", "으로/로")).isEqualTo("−0.811(p<0.001)로"); // 일
    assertThat(Particles.attach("0.880", "으로/로")).isEqualTo("0.880으로"); // 영
    assertThat(Particles.attach("2.30", "이었다/였다")).isEqualTo("2.30이었다"); // 영
    assertThat(Particles.attach("4.13", "으로/로")).isEqualTo("4.13으로"); // 삼
    assertThat(Particles.attach("0.36", "과/와")).isEqualTo("0.36과"); // 육
    assertThat(Particles.attach("1.25", "이었다/였다")).isEqualTo("1.25였다"); // 오
    assertThat(Particles.attach("20", "을/를")).isEqualTo("20을"); // 이십
    assertThat(Particles.attach("100", "이/가")).isEqualTo("100이"); // 백
    assertThat(Particles.attach("10,000", "은/는")).isEqualTo("10,000은"); // 만
  }

  @Test
  void countersAndUnitsAfterANumberDecide() {
    assertThat(Particles.attach("4.14점", "이었다/였다")).isEqualTo("4.14점이었다");
    assertThat(Particles.attach("72.6%", "으로/로")).isEqualTo("72.6%로"); // 퍼센트
    assertThat(Particles.attach("1.7%", "이었다/였다")).isEqualTo("1.7%였다");
    assertThat(Particles.attach("150명", "이었다/였다")).isEqualTo("150명이었다");
    assertThat(Particles.attach("12개", "이/가")).isEqualTo("12개가");
    assertThat(Particles.attach("0.110%p", "으로/로")).isEqualTo("0.110%p로");
  }

  @Test
  void rejectsAnUnknownPair() {
    assertThatThrownBy(() -> Particles.attach("고용", "에/에서"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("에/에서");
  }
}
