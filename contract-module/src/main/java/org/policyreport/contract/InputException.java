package org.policyreport.contract;

/**
 * Bad input from the user: a data file, a config key or a results file that breaks a rule. The
 * message is one line that names where the problem is (file, line and column, or config key) and
 * the rule it broke; the command line prints it and exits with status 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
