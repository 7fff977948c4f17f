package org.policyreport.analysis.panel;

/** Stata xtgls panels(correlated) corr(ar1), extra set: "xtgls_correlated_ar1_grunfeld". */
class XtglsCorrelatedAr1Test extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_correlated_ar1_grunfeld";
  }
}
