/**
 * The analysis module's one entry point for the command line: a {@link
 * org.policyreport.analysis.api.Study} checks and runs the analysis part of a config, and hands
 * back results, timings and the data as plain records; every other package of the module is
 * internal to it.
 */
package org.policyreport.analysis.api;
