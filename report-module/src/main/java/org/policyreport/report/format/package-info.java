/**
 * How numbers are written in the report: decimals, grouping, p-values and significance stars, in
 * one place.
 */
package org.policyreport.report.format;
