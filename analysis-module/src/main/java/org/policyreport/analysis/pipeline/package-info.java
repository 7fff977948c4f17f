/**
 * Runs a whole analysis: reads the configured data, dispatches each model spec to its estimator and
 * collects the results.
 */
package org.policyreport.analysis.pipeline;
