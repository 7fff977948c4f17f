package org.policyreport.contract;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Where in a JSON or YAML text Jackson stopped, as the one-line errors name it. */
public final class JsonPosition {
  private JsonPosition() {}

  /** " line 3, column 7", or "" when Jackson does not know the place. */
  public static String of(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
