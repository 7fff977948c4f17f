package org.policyreport.contract.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;

/** YAML that a tree reader would read wrongly without a word is an error naming file and line. */
class StrictYamlTest {
  private static ConfigNode tree(String yaml) {
    return ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "my.yaml");
  }

  @Test
  void duplicateKeyIsAnErrorNamingBothLines() {
    assertThatThrownBy(() -> tree("report:\n  title: A\n  title: B\n"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "my.yaml line 3, column 3: key 'report.title' appears twice (first on line 2); give"
                + " each key once");
  }

  @Test
  void byteThatIsNotUtf8IsAnErrorNamingLineAndColumn() {
    byte[] latin1 =
        "report:\n  title: Caf\u00e9 r\u00e9gional\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ConfigTree.parse(latin1, "my.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "my.yaml line 2, column 13: not UTF-8 text (byte 0xE9); save the file as UTF-8");
  }

  @Test
  void columnOfABadByteCountsCharactersNotBytes() {
    byte[] utf8 = "t: \ud55c\uae00 ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 1);
    bytes[utf8.length] = (byte) 0xC3; // a sequence cut off by the end of the file
    assertThatThrownBy(() -> ConfigTree.parse(bytes, "my.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line 1, column 7: not UTF-8 text (byte 0xC3)");
  }

  @Test
  void sameKeyInTwoListItemsIsNoDuplicate() {
    assertThatCode(() -> tree("models:\n  - id: a\n  - id: b\n")).doesNotThrowAnyException();
  }

  @Test
  void aliasIsAnError() {
    assertThatThrownBy(() -> tree("report:\n  title: Hello\n  subtitle: *t\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line 3")
        .hasMessageContaining("alias '*t'");
  }

  @Test
  void anchorIsAnError() {
    assertThatThrownBy(() -> tree("report:\n  title: &t Hello\n  subtitle: x\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line 2")
        .hasMessageContaining("anchor '&t'");
  }

  @Test
  void anchorOnAMappingIsAnError() {
    assertThatThrownBy(() -> tree("base: &b {x: 1}\nother: *b\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line 1")
        .hasMessageContaining("anchor '&b'");
  }

  @Test
  void tagIsAnError() {
    assertThatThrownBy(() -> tree("report:\n  title: !!str 2018\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line 2")
        .hasMessageContaining("tag");
  }

  @Test
  void theDefaultConfigParsesWithoutStructuralErrors() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../config/report.yaml"));
    assertThat(ConfigTree.parse(bytes, "report.yaml").has("models")).isTrue();
  }

  @Test
  void suggestionNeedsAClosePrefix() {
    assertThat(Levenshtein.closest("regresors", java.util.List.of("regressors", "label")))
        .isEqualTo("regressors");
    assertThat(Levenshtein.closest("colour", java.util.List.of("models", "data"))).isNull();
  }
}
