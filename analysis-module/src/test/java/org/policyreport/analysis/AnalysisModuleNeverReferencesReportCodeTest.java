package org.policyreport.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analysis module knows nothing of the report: what it produces goes out through the results
 * contract only, so that any report (or none) can be made from it.
 */
class AnalysisModuleNeverReferencesReportCodeTest {
  private static final String REPORT_PACKAGE = "org.policyreport.report";

  @Test
  void noSourceOfTheAnalysisModuleNamesTheReportPackage() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          if (file.endsWith("AnalysisModuleNeverReferencesReportCodeTest.java")) {
            continue; // this test names the package it looks for
          }
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(REPORT_PACKAGE + ".")) {
              violations.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertThat(violations).as("analysis-module must not reference report code").isEmpty();
  }
}
