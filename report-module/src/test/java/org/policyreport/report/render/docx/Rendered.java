package org.policyreport.report.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policyreport.report.document.Document;

/** A document rendered to DOCX bytes, the warnings given, and the file read back with POI. */
final class Rendered implements AutoCloseable {
  final Document source;
  final byte[] bytes;
  final List<String> warnings = new ArrayList<>();
  final XWPFDocument docx;

  Rendered(Document source) {
    this.source = source;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DocxRenderer().render(source, out, warnings::add);
      this.bytes = out.toByteArray();
      this.docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The main document part as XML text. */
  String documentXml() {
    return docx.getDocument().xmlText();
  }

  @Override
  public void close() throws IOException {
    docx.close();
  }
}
