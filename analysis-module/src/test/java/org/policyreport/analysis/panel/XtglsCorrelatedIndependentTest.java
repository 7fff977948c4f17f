package org.policyreport.analysis.panel;

/**
 * Stata xtgls panels(correlated) corr(independent), extra set:
 * "xtgls_correlated_independent_grunfeld".
 */
class XtglsCorrelatedIndependentTest extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_correlated_independent_grunfeld";
  }
}
