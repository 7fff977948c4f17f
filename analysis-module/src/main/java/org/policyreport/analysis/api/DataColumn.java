package org.policyreport.analysis.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One column of a data source as read: numbers (null where a cell was blank) or, when a cell is not
 * a number, the cells as text. Exactly one of {@code numbers} and {@code texts} is non-null.
 */
public record DataColumn(String name, List<Double> numbers, List<String> texts) {
  public DataColumn {
    if ((numbers == null) == (texts == null)) {
      throw new IllegalArgumentException(
          "data column '" + name + "' must hold either numbers or text");
    }
    // Copies that keep nulls: a blank cell is a missing value, not an error.
    numbers = numbers == null ? null : Collections.unmodifiableList(new ArrayList<>(numbers));
    texts = texts == null ? null : Collections.unmodifiableList(new ArrayList<>(texts));
  }

  public boolean isNumeric() {
    return numbers != null;
  }
}
