/**
 * The HWPX renderer: the report as an OWPML (KS X 6101) package for Hancom Office, written as XML
 * parts into a zip of fixed order and fixed entry times.
 */
package org.policyreport.report.render.hwpx;
