package org.policyreport.contract;

/**
 * A results file that breaks the contract: not JSON, another schema version, or a value that the
 * schema does not allow. The message names the file and, where known, the place in it; the command
 * line shows it as one line with exit status 2.
 */
public final class ContractException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContractException(String message) {
    super(message);
  }
}
