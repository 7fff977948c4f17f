/**
 * The analysis part of the YAML/JSON configuration: data sources, model and survey specifications.
 */
package org.policyreport.analysis.config;
