package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyreport.report.document.TextDump;

/**
 * The whole default report as a text dump, compared with the reviewed copy in
 * src/test/resources/golden/. After a deliberate change to templates, words or config, read the new
 * dump and accept it with {@code -Dgolden.update=true}.
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void defaultReportMatchesTheReviewedDump(String language) throws IOException {
    String actual = TextDump.of(ReportFixture.build(language));
    Path file = GOLDEN.resolve("report-" + language + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden dump (create it with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
