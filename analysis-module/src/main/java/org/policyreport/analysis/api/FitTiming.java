package org.policyreport.analysis.api;

/** Wall-clock seconds spent reading a model's data and fitting it (not part of results.json). */
public record FitTiming(String modelId, double readSeconds, double fitSeconds) {}
