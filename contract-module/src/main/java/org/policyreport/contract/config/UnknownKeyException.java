package org.policyreport.contract.config;

import org.policyreport.contract.InputException;

/**
 * A config key that no parser asked for: usually a typo, so the command line reports it in
 * preference to whatever went wrong because of it (a typo in {@code regressors:} leaves a model
 * without regressors, and the first error would be about that).
 */
public final class UnknownKeyException extends InputException {
  private static final long serialVersionUID = 1L;

  public UnknownKeyException(String message) {
    super(message);
  }
}
