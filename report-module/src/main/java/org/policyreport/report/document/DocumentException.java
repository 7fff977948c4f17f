package org.policyreport.report.document;

import org.policyreport.contract.InputException;

/**
 * A report that cannot be built: a template that produced an invalid document, a reference to a
 * missing table, a renderer that cannot write its file. The command line shows the one-line message
 * and exits with status 2.
 */
public class DocumentException extends InputException {
  private static final long serialVersionUID = 1L;

  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
