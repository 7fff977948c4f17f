package org.policyreport.analysis.panel;

/**
 * Stata xtgls panels(hetero) corr(independent) igls, extra set:
 * "xtgls_hetero_independent_igls_grunfeld".
 */
class XtglsHeteroIndependentIglsTest extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_hetero_independent_igls_grunfeld";
  }
}
