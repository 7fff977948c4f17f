package org.policyreport.analysis.panel;

/** Stata xtgls panels(iid) corr(independent), extra set: "xtgls_iid_independent_grunfeld". */
class XtglsIidIndependentTest extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_iid_independent_grunfeld";
  }
}
