package org.policyreport.analysis.pipeline;

/** Wall-clock seconds spent reading a model's data and fitting it. */
public record ModelTiming(String modelId, double readSeconds, double fitSeconds) {}
