/** Standard errors, test statistics, p-values and confidence intervals, computed in one place. */
package org.policyreport.analysis.inference;
