/**
 * The report part of the configuration: metadata, language, number style, labels and
 * recommendations.
 */
package org.policyreport.report.config;
