/** The policy recommendations of the config and the checks of the evidence each rests on. */
package org.policyreport.report.findings;
