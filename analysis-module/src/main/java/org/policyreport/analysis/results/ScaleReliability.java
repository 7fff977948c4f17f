package org.policyreport.analysis.results;

/** Cronbach's alpha of one scale (a set of Likert items). */
public record ScaleReliability(double cronbachAlpha) {}
