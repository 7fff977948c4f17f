package org.policyreport.contract;

/**
 * Importance, performance and needs statistics of one policy item. Means, SDs, the gap, its paired
 * t test and the Borich index use the {@code n} respondents who answered both ratings of the item.
 *
 * @param gap mean of importance minus performance
 * @param gapT paired t statistic of the gap (null when the differences have no variance)
 * @param gapDf degrees of freedom of the paired t test, n - 1
 * @param borich Borich needs index (mean weighted discrepancy score): sum of (I - P) times mean
 *     importance, divided by n
 * @param borichRank 1 for the largest index; ties share the smallest rank
 * @param quadrant importance-performance quadrant against the grand means: keep_up,
 *     concentrate_here, low_priority or possible_overkill
 * @param importanceMissing blank importance answers (of all respondents)
 * @param performanceMissing blank performance answers (of all respondents)
 */
public record SurveyItemResult(
    String id,
    String label,
    String labelKo,
    String importanceColumn,
    String performanceColumn,
    int n,
    double importanceMean,
    Double importanceSd,
    double performanceMean,
    Double performanceSd,
    double gap,
    Double gapSd,
    Double gapT,
    Double gapP,
    Integer gapDf,
    double borich,
    int borichRank,
    String quadrant,
    int importanceMissing,
    int performanceMissing) {}
