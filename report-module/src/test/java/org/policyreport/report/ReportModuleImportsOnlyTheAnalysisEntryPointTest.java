package org.policyreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report module reaches the analysis only through its entry point, {@code
 * org.policyreport.analysis.api}: results come through the contract, and everything else of the
 * analysis stays free to change. An import, a static import, a wildcard or a fully qualified name
 * of any other analysis package is a violation.
 */
class ReportModuleImportsOnlyTheAnalysisEntryPointTest {
  /** A reference into the analysis module; group 1 is the package below {@code analysis}. */
  private static final Pattern ANALYSIS_REFERENCE =
      Pattern.compile(
          "org\\.policyreport\\.analysis((?:\\.[a-z_][A-Za-z0-9_]*)*)\\.(?:[A-Z][A-Za-z0-9_]*|\\*)");

  private static final String ENTRY_POINT = ".api";

  @Test
  void mainSourcesReferenceNoAnalysisPackageButTheEntryPoint() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          for (String reference : forbidden(lines.get(i))) {
            violations.add(file + ":" + (i + 1) + ": " + reference);
          }
        }
      }
    }
    assertThat(violations)
        .as("report-module may use only org.policyreport.analysis.api of the analysis module")
        .isEmpty();
  }

  @Test
  void importsWildcardsAndQualifiedNamesOfInternalPackagesAreAllCaught() {
    assertThat(forbidden("import org.policyreport.analysis.data.DataTable;")).hasSize(1);
    assertThat(forbidden("import static org.policyreport.analysis.terms.TermParser.parse;"))
        .hasSize(1);
    assertThat(forbidden("import org.policyreport.analysis.pipeline.*;")).hasSize(1);
    assertThat(forbidden("} catch (org.policyreport.analysis.InputException e) {")).hasSize(1);
    assertThat(forbidden("import org.policyreport.analysis.api.Study;")).isEmpty();
    assertThat(forbidden("import org.policyreport.contract.config.ConfigNode;")).isEmpty();
  }

  /** The references to analysis classes outside the entry point on one line of source. */
  private static List<String> forbidden(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = ANALYSIS_REFERENCE.matcher(line);
    while (m.find()) {
      if (!m.group(1).equals(ENTRY_POINT)) {
        out.add(m.group());
      }
    }
    return out;
  }
}
