/** Reading CSV data into typed columns and validating them against what a model needs. */
package org.policyreport.analysis.data;
