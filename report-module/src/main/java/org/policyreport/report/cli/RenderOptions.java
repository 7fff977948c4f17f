package org.policyreport.report.cli;

import picocli.CommandLine.Option;

/** Options of the commands that render documents. */
final class RenderOptions {
  @Option(
      names = "--strict",
      description =
          "Fail (exit 3, no documents written) when a recommendation's evidence does not hold.")
  boolean strict;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      description = "Report language, en or ko (overrides report.language).")
  String language;

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      description =
          "Documents to write, comma-separated: docx, xlsx, pdf, hwpx. Default: all four.")
  String formats;
}
