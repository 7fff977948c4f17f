package org.policyreport.report.render;

import java.io.IOException;
import java.io.OutputStream;
import org.policyreport.report.document.Document;

/**
 * Writes a numbered {@link Document} in one file format. A renderer that meets something its format
 * cannot show warns (through {@code warnings}) and carries on; it never knows about statistics.
 */
public interface Renderer {

  /** File extension without the dot, e.g. "docx". */
  String extension();

  /** Writes the whole document; the same document must give the same bytes. */
  void render(Document document, OutputStream out, java.util.function.Consumer<String> warnings)
      throws IOException;
}
