package org.policyreport.analysis.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the synthetic default data: {@code regional_panel.csv} and {@code expert_survey.csv}
 * in the directory given as the only argument (default {@code data}).
 */
public final class GenerateDefaultData {
  public static final String PANEL_FILE = "regional_panel.csv";
  public static final String SURVEY_FILE = "expert_survey.csv";

  private GenerateDefaultData() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "data");
    Files.createDirectories(dir);
    write(dir.resolve(PANEL_FILE), RegionalPanelGenerator.generate(RegionalPanelGenerator.SEED));
    write(dir.resolve(SURVEY_FILE), ExpertSurveyGenerator.generate(ExpertSurveyGenerator.SEED));
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    System.out.println("wrote " + file);
  }
}
