/**
 * The expert survey: item statistics, importance-performance gaps, Borich needs index, reliability
 * and group differences.
 */
package org.policyreport.analysis.survey;
