package org.policyreport.contract;

/**
 * One item within one group: the same statistics as the whole-sample item row, on the group's
 * respondents who answered both ratings; the Borich rank is within the group.
 */
public record SurveyGroupItem(
    String group,
    String item,
    int n,
    double importanceMean,
    double performanceMean,
    double gap,
    double borich,
    int borichRank) {}
