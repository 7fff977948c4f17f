package org.policyreport.report.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyreport.report.document.SampleDocuments;

/** Writes the sample documents to {@code target/samples/} for looking at them. */
public final class DocxSamples {
  private DocxSamples() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
    Files.createDirectories(dir);
    DocxRenderer r = new DocxRenderer();
    try (OutputStream out = Files.newOutputStream(dir.resolve("sample-en.docx"))) {
      r.render(SampleDocuments.english(), out, w -> System.err.println("warning: " + w));
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve("sample-ko.docx"))) {
      r.render(SampleDocuments.korean(), out, w -> System.err.println("warning: " + w));
    }
  }
}
