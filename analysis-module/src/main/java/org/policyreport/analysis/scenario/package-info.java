/**
 * What-if scenarios on fitted models: changed regressors, predicted outcomes before and after, and
 * their delta-method standard errors.
 */
package org.policyreport.analysis.scenario;
