package org.policyreport.analysis.api;

/**
 * A numerical failure while fitting a model (singular information matrix, no finite likelihood, too
 * few observations). The message names the model and the step that failed.
 */
public class EstimationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EstimationException(String message) {
    super(message);
  }

  public EstimationException(String message, Throwable cause) {
    super(message, cause);
  }
}
