package org.policyreport.analysis.results;

/** Internal consistency of the importance scale and of the performance scale. */
public record SurveyReliability(ScaleReliability importance, ScaleReliability performance) {}
