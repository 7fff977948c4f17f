/**
 * Reading tabular data into typed columns (CSV bytes, text in other encodings decoded first,
 * missing-value markers) and validating them against what a model needs; cells remember where in
 * the file they came from.
 */
package org.policyreport.analysis.data;
