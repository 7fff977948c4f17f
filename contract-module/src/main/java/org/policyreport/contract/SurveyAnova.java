package org.policyreport.contract;

/**
 * One-way ANOVA of one item's measure across the levels of a grouping column.
 *
 * @param measure "importance", "performance" or "gap" (importance minus performance)
 * @param f F statistic, null when undefined (fewer than two levels with answers, no variance within
 *     levels)
 */
public record SurveyAnova(String item, String measure, Double f, int df1, int df2, Double p) {}
