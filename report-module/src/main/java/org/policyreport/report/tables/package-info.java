/**
 * Builds the report's tables (regression, tests, descriptives, survey, provenance) from results.
 */
package org.policyreport.report.tables;
