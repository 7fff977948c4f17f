package org.policyreport.report.authoring;

import java.util.List;

/**
 * Maps lines of FreeMarker's output back to lines of the authored file, so that errors found in the
 * Markdown name the line the author wrote. Lines are matched in order: an output line equal to a
 * source line ahead maps to it (directives that print nothing are skipped that way); a line that
 * differs (it holds a ${...} value) maps to the next unmatched source line.
 */
final class LineMap {
  private static final int LOOKAHEAD = 400;
  private final int[] sourceLine;

  LineMap(String source, String output) {
    List<String> src = source.lines().toList();
    List<String> out = output.lines().toList();
    sourceLine = new int[out.size()];
    int j = 0;
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i).strip();
      int found = -1;
      for (int k = j; k < Math.min(src.size(), j + LOOKAHEAD); k++) {
        if (src.get(k).strip().equals(line)) {
          found = k;
          break;
        }
      }
      if (found >= 0) {
        sourceLine[i] = found;
        j = found + 1;
      } else {
        sourceLine[i] = Math.min(j, Math.max(0, src.size() - 1));
        j++;
      }
    }
  }

  /** The 1-based source line of the 0-based output line {@code index}. */
  int sourceLine(int index) {
    if (sourceLine.length == 0) {
      return 1;
    }
    return sourceLine[Math.max(0, Math.min(index, sourceLine.length - 1))] + 1;
  }
}
