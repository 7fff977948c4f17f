package org.policyreport.report.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

  @Test
  void forbiddenCharactersAreReplaced() {
    // Brackets become spaces so that "[그림 2-1]" reads "그림 2-1".
    String name = new SheetNames().claim("a/b:c*d?e\\f[g]", "x");
    assertThat(name).isEqualTo("a_b_c_d_e_f g");
  }

  @Test
  void namesAreCutToThirtyOneCharacters() {
    String name = new SheetNames().claim("a".repeat(40), "x");
    assertThat(name).hasSize(31);
  }

  @Test
  void duplicatesIgnoringCaseGetANumber() {
    SheetNames names = new SheetNames();
    assertThat(names.claim("Models", "x")).isEqualTo("Models");
    assertThat(names.claim("models", "x")).isEqualTo("models (2)");
    String longName = "b".repeat(31);
    names.claim(longName, "x");
    assertThat(names.claim(longName, "x")).hasSize(31).endsWith(" (2)");
  }

  @Test
  void emptyOrMissingNamesFallBack() {
    SheetNames names = new SheetNames();
    assertThat(names.claim(null, "Table 1-1")).isEqualTo("Table 1-1");
    assertThat(names.claim("[]", "<표 2-1>")).isEqualTo("<표 2-1>");
    assertThat(names.claim("'quoted'", "x")).isEqualTo("quoted");
    assertThat(names.claim("history", "x")).isEqualTo("history_");
  }
}
