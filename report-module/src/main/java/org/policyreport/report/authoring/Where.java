package org.policyreport.report.authoring;

import org.policyreport.report.document.DocumentException;

/** A place in an authored file, for error messages: the file as the user knows it and a line. */
record Where(String file, int line) {
  DocumentException error(String problem) {
    return new DocumentException(file + " line " + line + ": " + problem);
  }

  Where plus(int lines) {
    return new Where(file, line + lines);
  }
}
