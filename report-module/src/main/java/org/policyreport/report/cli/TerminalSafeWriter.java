package org.policyreport.report.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.policyreport.report.document.PlainText;

/**
 * Shows control characters as {@code \x1b}-style escapes: error messages quote data cells and
 * config values, and an escape sequence in them must not recolour or clear the user's terminal.
 */
final class TerminalSafeWriter extends FilterWriter {
  TerminalSafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(PlainText.forTerminal(String.valueOf((char) c)));
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    out.write(PlainText.forTerminal(new String(buf, off, len)));
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    out.write(PlainText.forTerminal(s.substring(off, off + len)));
  }
}
