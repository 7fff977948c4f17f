package org.policyreport.analysis.config;

import java.util.List;
import java.util.Map;

/**
 * {@code reshape: {from: wide, ...}}: a table with one column per period (as KOSIS publishes it)
 * and how to turn it into one row per unit and period.
 *
 * @param id the columns that identify a row's unit (kept as they are)
 * @param item the column that names the variable of each row, or null when the table has one
 * @param time the name of the new period column
 * @param items new variable names by item text; an item not listed keeps its text as its name
 * @param value the variable's name when there is no item column
 * @param drop columns to leave out (a unit column, a note)
 */
public record WideLayoutSpec(
    List<String> id,
    String item,
    String time,
    Map<String, String> items,
    String value,
    List<String> drop) {
  public WideLayoutSpec {
    id = List.copyOf(id);
    items = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(items));
    drop = List.copyOf(drop);
  }
}
