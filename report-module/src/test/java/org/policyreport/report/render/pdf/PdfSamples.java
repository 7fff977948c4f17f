package org.policyreport.report.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.SampleDocuments;

/** Renders the sample documents; {@code main} writes them to target/pdf for looking at. */
final class PdfSamples {
  private PdfSamples() {}

  static byte[] render(Document d, List<String> warnings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRenderer().render(d, out, warnings::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] render(Document d) {
    return render(d, new ArrayList<>());
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/pdf");
    Files.createDirectories(dir);
    Files.write(dir.resolve("sample-en.pdf"), render(SampleDocuments.english()));
    Files.write(dir.resolve("sample-ko.pdf"), render(SampleDocuments.korean()));
  }
}
