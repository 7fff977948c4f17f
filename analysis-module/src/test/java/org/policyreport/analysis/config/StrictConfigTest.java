package org.policyreport.analysis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.InputException;

/** Config mistakes that a tree reader would accept silently are errors naming file and line. */
class StrictConfigTest {
  private static ConfigNode tree(String yaml) {
    return AnalysisConfig.parseTree(yaml.getBytes(StandardCharsets.UTF_8), "my.yaml");
  }

  private static final String MODEL =
      "data:\n"
          + "  panel: {path: p.csv, panel: region, time: year}\n"
          + "models:\n"
          + "  - id: m\n"
          + "    estimator: ols\n"
          + "    data: panel\n"
          + "    dependent: y\n";

  @Test
  void keyNoParserAskedForIsAnErrorWithTheClosestKnownKey() {
    ConfigNode root = tree(MODEL + "    regresors: [a, b]\n");
    AnalysisConfig.from(root, new ConfigLocation.OnDisk(Path.of(".")));
    assertThatThrownBy(root::rejectUnknownKeys)
        .isInstanceOf(InputException.class)
        .hasMessage(
            "my.yaml line 8, column 5: models[0].regresors is not a known key (did you mean"
                + " 'regressors'?)");
  }

  @Test
  void unknownTopLevelKeyListsTheKnownKeysWhenNoneIsClose() {
    ConfigNode root = tree(MODEL + "colours: [red]\n");
    AnalysisConfig.from(root, new ConfigLocation.OnDisk(Path.of(".")));
    assertThatThrownBy(root::rejectUnknownKeys)
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("my.yaml line 8, column 1: colours is not a known key (known keys")
        .hasMessageContaining("models");
  }

  @Test
  void keysAParserAskedForAreKnownEvenWhenAbsentElsewhere() {
    ConfigNode root = tree(MODEL + "    regressors: [a]\n    label: OLS\n");
    AnalysisConfig.from(root, new ConfigLocation.OnDisk(Path.of(".")));
    assertThatCode(root::rejectUnknownKeys).doesNotThrowAnyException();
  }

  @Test
  void keysOfAListedMappingAreAllKnown() {
    // data sources are named by the user: listing the mapping's keys accepts them all
    ConfigNode root = tree("data:\n  anything: x.csv\n  other: {path: y.csv}\n");
    AnalysisConfig.from(root, new ConfigLocation.OnDisk(Path.of(".")));
    assertThatCode(root::rejectUnknownKeys).doesNotThrowAnyException();
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
    assertThat(AnalysisConfig.parseTree(bytes, "report.yaml").has("models")).isTrue();
  }

  @Test
  void suggestionNeedsAClosePrefix() {
    assertThat(Levenshtein.closest("regresors", java.util.List.of("regressors", "label")))
        .isEqualTo("regressors");
    assertThat(Levenshtein.closest("colour", java.util.List.of("models", "data"))).isNull();
  }
}
