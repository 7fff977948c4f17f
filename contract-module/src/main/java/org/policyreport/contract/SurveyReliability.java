package org.policyreport.contract;

/** Internal consistency of the importance scale and of the performance scale. */
public record SurveyReliability(ScaleReliability importance, ScaleReliability performance) {}
