/** Descriptive statistics of the model variables. */
package org.policyreport.analysis.descriptive;
