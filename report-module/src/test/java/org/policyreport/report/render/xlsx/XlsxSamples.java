package org.policyreport.report.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.SampleDocuments;

/**
 * Writes the sample workbooks to {@code target/xlsx-samples} for looking at (e.g. converted to PDF
 * with LibreOffice): {@code java -cp <test classpath> ...XlsxSamples}.
 */
public final class XlsxSamples {
  private XlsxSamples() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/xlsx-samples");
    Files.createDirectories(dir);
    write(SampleDocuments.english(), dir.resolve("sample-en.xlsx"));
    write(SampleDocuments.korean(), dir.resolve("sample-ko.xlsx"));
  }

  private static void write(Document doc, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      new XlsxRenderer(List.of(SampleData.panel(), SampleData.provenance()))
          .render(doc, out, w -> System.err.println("warning: " + w));
    }
    System.out.println(file);
  }
}
