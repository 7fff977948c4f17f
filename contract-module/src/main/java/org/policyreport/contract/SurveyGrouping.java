package org.policyreport.contract;

import java.util.List;

/**
 * The survey compared across the levels of one categorical column (e.g. respondent group).
 *
 * @param groups the levels in alphabetical order with their respondent counts
 * @param items per level and item: means and Borich index within the level
 * @param anova one-way ANOVA across levels per item, for importance, performance and gap
 */
public record SurveyGrouping(
    String variable,
    List<SurveyGroup> groups,
    List<SurveyGroupItem> items,
    List<SurveyAnova> anova) {
  public SurveyGrouping {
    groups = List.copyOf(groups);
    items = List.copyOf(items);
    anova = List.copyOf(anova);
  }
}
