package org.policyreport.analysis.panel;

/** Stata xtgls panels(iid) corr(ar1), required set: "xtgls_iid_ar1_grunfeld". */
class XtglsIidAr1Test extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_iid_ar1_grunfeld";
  }
}
