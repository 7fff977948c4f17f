package org.policyreport.contract;

import java.util.List;

/**
 * The analysis of one expert survey (see the survey package).
 *
 * @param n respondents in the file
 * @param blankAnswers blank importance or performance cells over all items (item non-response)
 * @param importanceGrandMean mean of the item importance means: the vertical line of the
 *     importance-performance grid
 * @param performanceGrandMean mean of the item performance means: the horizontal line
 * @param groupings one entry per {@code groupBy} column
 */
public record SurveyResult(
    String id,
    String data,
    int n,
    int scaleMin,
    int scaleMax,
    int blankAnswers,
    Double importanceGrandMean,
    Double performanceGrandMean,
    SurveyReliability reliability,
    List<SurveyItemResult> items,
    List<SurveyGrouping> groupings,
    List<Note> notes) {
  public SurveyResult {
    items = items == null ? List.of() : List.copyOf(items);
    groupings = groupings == null ? List.of() : List.copyOf(groupings);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** The item with this id, or null. */
  public SurveyItemResult item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
  }

  /** The grouping by this column, or null. */
  public SurveyGrouping grouping(String variable) {
    return groupings.stream().filter(g -> g.variable().equals(variable)).findFirst().orElse(null);
  }
}
