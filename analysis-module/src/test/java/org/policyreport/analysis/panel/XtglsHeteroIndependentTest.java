package org.policyreport.analysis.panel;

/**
 * Stata xtgls panels(hetero) corr(independent), required set: "xtgls_hetero_independent_grunfeld".
 */
class XtglsHeteroIndependentTest extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_hetero_independent_grunfeld";
  }
}
