package org.policyreport.analysis.pipeline;

import org.policyreport.analysis.scenario.MeanEquation;
import org.policyreport.contract.ModelResult;

/**
 * A fitted model: its result, and the mean equation that predicts from it (null for an estimator
 * that does not offer predictions).
 */
public record FittedModel(ModelResult result, MeanEquation mean) {}
