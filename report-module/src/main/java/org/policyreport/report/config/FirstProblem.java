package org.policyreport.report.config;

import java.util.function.Supplier;
import org.policyreport.contract.InputException;

/**
 * Reads the parts of a config section one after the other and keeps the first problem, so that a
 * bad value does not stop the parts after it from asking for their keys: the check for unknown keys
 * then blames a misspelt key, never a good key that was simply not read yet.
 */
final class FirstProblem {
  private InputException first;

  /** The part that {@code read} gives, or {@code fallback} if it fails (the failure is kept). */
  <T> T read(Supplier<T> read, T fallback) {
    try {
      return read.get();
    } catch (InputException e) {
      add(e);
      return fallback;
    }
  }

  void add(InputException e) {
    if (first == null) {
      first = e;
    }
  }

  /** Throws the first problem, if there was one. */
  void throwFirst() {
    if (first != null) {
      throw first;
    }
  }
}
