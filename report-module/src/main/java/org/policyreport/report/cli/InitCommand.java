package org.policyreport.report.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policyreport.contract.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init DIR}: copies the example study (config, data, chapters in English and Korean) into a
 * new or empty folder, so that an author starts from a study that runs.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the example study (config, data, chapters in English and Korean) into DIR.",
      "Then: policy-report run --config DIR/report.yaml --out DIR/out"
    })
final class InitCommand implements Callable<Integer> {
  /** The example study inside the program, and its files. */
  static final String STUDY = "examples/small-study/";

  static final List<String> FILES =
      List.of(
          "report.yaml",
          "data/panel.csv",
          "data/survey.csv",
          "chapters/en/01-findings.md",
          "chapters/ko/01-findings.md");

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "a folder that does not exist or is empty")
  Path dir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
      throw new InputException(
          dir + ": already exists and is not an empty folder; init writes only into a new one");
    }
    List<byte[]> contents = new ArrayList<>();
    for (String f : FILES) {
      try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(STUDY + f)) {
        if (in == null) {
          throw new IllegalStateException(
              "the example study's " + f + " is missing from the program");
        }
        contents.add(in.readAllBytes());
      }
    }
    for (int i = 0; i < FILES.size(); i++) {
      Path target = dir.resolve(FILES.get(i));
      Files.createDirectories(target.getParent());
      Files.write(target, contents.get(i));
      out.println("wrote " + target);
    }
    out.println(
        "next: policy-report run --config "
            + dir.resolve("report.yaml")
            + " --out "
            + dir.resolve("out"));
    return 0;
  }

  private static boolean isEmpty(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.findAny().isEmpty();
    }
  }
}
