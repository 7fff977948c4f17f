package org.policyreport.analysis.panel;

/** Stata xtgls panels(hetero) corr(ar1) rhotype(dw), extra set: "xtgls_hetero_ar1_dw_grunfeld". */
class XtglsHeteroAr1DwTest extends XtglsReferenceTest {
  @Override
  String referenceId() {
    return "xtgls_hetero_ar1_dw_grunfeld";
  }
}
