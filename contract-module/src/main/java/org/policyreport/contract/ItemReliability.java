package org.policyreport.contract;

/**
 * How one item fits its scale.
 *
 * @param alphaIfDeleted Cronbach's alpha of the other items
 * @param correctedItemTotalCorrelation Pearson correlation of the item with the sum of the other
 *     items (psych's r.drop)
 */
public record ItemReliability(
    String item, String column, Double alphaIfDeleted, Double correctedItemTotalCorrelation) {}
