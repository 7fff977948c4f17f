package org.policyreport.analysis.panel;

/** Stata xtgls panels(hetero) corr(ar1), required set: "xtgls_hetero_ar1_grunfeld". */
class XtglsHeteroAr1Test extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_hetero_ar1_grunfeld";
  }
}
