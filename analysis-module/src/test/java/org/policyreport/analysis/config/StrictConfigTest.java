package org.policyreport.analysis.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;

/** A key that no parser of the analysis asked for is an error naming file, line and closest key. */
class StrictConfigTest {
  private static ConfigNode tree(String yaml) {
    return ConfigTree.parse(yaml.getBytes(StandardCharsets.UTF_8), "my.yaml");
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
}
