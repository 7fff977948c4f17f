package org.policyreport.analysis.results;

/** Importance, performance and needs statistics of one policy item. */
public record SurveyItemResult(
    String id,
    int n,
    double importanceMean,
    double importanceSd,
    double performanceMean,
    double performanceSd,
    double gap,
    double gapT,
    double gapP,
    double borich,
    int borichRank,
    String quadrant) {}
