package org.policyreport.contract;

import java.util.List;

/**
 * Cronbach's alpha of one scale (a set of Likert items), computed on the respondents who answered
 * every item of the scale (listwise). Values that are undefined (too few items or respondents, no
 * variance) are null.
 *
 * @param standardizedAlpha alpha from the mean inter-item correlation
 * @param nComplete respondents with all items of the scale answered
 */
public record ScaleReliability(
    Double cronbachAlpha,
    Double standardizedAlpha,
    Double meanInterItemCorrelation,
    int nComplete,
    int nItems,
    List<ItemReliability> items) {
  public ScaleReliability {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
