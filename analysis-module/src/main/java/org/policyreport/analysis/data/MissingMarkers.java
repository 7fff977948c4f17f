package org.policyreport.analysis.data;

import java.util.List;
import java.util.Set;

/**
 * The cell texts that mean "no value" in a numeric column, besides the empty cell (and the {@code
 * NA} and {@code .} of R and Stata, which always do). Statistical offices mark missing or
 * suppressed cells with symbols; treating them as blanks lets a column stay numeric, while any
 * other text still makes the column fail where a model needs a number.
 *
 * @param markers the texts, compared after trimming surrounding spaces, case and all
 */
public record MissingMarkers(Set<String> markers) {
  /** KOSIS and e-나라지표: "-" none, "…" not known, "x" and "(X)" suppressed to protect privacy. */
  public static final MissingMarkers DEFAULT = of(List.of("-", "…", "x", "(X)"));

  /** No markers: only blanks, NA and "." are missing. */
  public static final MissingMarkers NONE = of(List.of());

  public MissingMarkers {
    markers = Set.copyOf(markers);
  }

  public static MissingMarkers of(List<String> texts) {
    return new MissingMarkers(
        Set.copyOf(texts.stream().map(String::trim).filter(t -> !t.isEmpty()).toList()));
  }

  /** Whether {@code cell} (trimmed or not) is a missing-value marker or blank. */
  public boolean isMissing(String cell) {
    String t = CsvReader.trimSpaces(cell);
    return t.isEmpty() || t.equals("NA") || t.equals(".") || markers.contains(t);
  }
}
