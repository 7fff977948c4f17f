/** Builds chart specifications for the report's figures from results. */
package org.policyreport.report.figures;
