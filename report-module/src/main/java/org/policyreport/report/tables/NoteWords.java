package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.TemplateSource;
import org.policyreport.report.template.Words;

/**
 * Words a results.json note in the report's language: {@code note.<code>} with the arguments in its
 * {0}, {1} places. Counts take the report's number style; a count of one takes {@code
 * note.<code>.one} where the language has it (English singulars); a test or a covariance named by
 * its code takes the words of {@code test.<name>} or {@code option.vce.<code>}.
 */
public final class NoteWords {
  /** Codes whose first argument is a count or a number of iterations (names are left alone). */
  private static final Set<String> COUNTED =
      Set.of(
          NoteCode.DROPPED_MISSING,
          NoteCode.DROPPED_LAG,
          NoteCode.NOT_CONVERGED,
          NoteCode.POISSON_START_NOT_CONVERGED,
          NoteCode.NB2_START_NOT_CONVERGED,
          NoteCode.ROBUST_FE_PANELS,
          NoteCode.ROBUST_FE_CLUSTERS,
          NoteCode.ROBUST_RE_PANELS,
          NoteCode.ROBUST_RE_CLUSTERS,
          NoteCode.IGLS_NOT_CONVERGED,
          NoteCode.HAUSMAN_SINGULAR,
          NoteCode.MODIFIED_WALD_PANELS_LEFT_OUT,
          NoteCode.BLANK_ANSWERS,
          NoteCode.BLANK_GROUP,
          NoteCode.ROWS_DROPPED_MISSING,
          NoteCode.ROWS_DROPPED_LAG);

  private NoteWords() {}

  /**
   * The notes in the built-in English words, for the terminal: it speaks English whatever the
   * report's language, and its words are the report's own, not a second wording.
   */
  public static List<String> inEnglish(List<Note> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    Words en = Words.load(TemplateSource.builtIn(), "en");
    NumberStyle numbers = new NumberStyle(0);
    return notes.stream().map(n -> word(en, numbers, n)).toList();
  }

  public static String word(Words w, NumberStyle numbers, Note note) {
    List<Object> args = new ArrayList<>(note.args());
    boolean counted = COUNTED.contains(note.code()) && !args.isEmpty();
    if (counted && note.args().get(0).matches("-?\\d{1,15}")) {
      args.set(0, numbers.integer(Long.parseLong(note.args().get(0))));
    }
    // The test a diagnostic note names is worded as the tests table words it.
    if (note.code().equals(NoteCode.TEST_NOT_COMPUTED)
        && !args.isEmpty()
        && w.has("test." + args.get(0))) {
      args.set(0, w.get("test." + args.get(0)));
    }
    // A covariance named by its code ("robust") is worded as the models table words the option.
    if (note.code().equals(NoteCode.WALD_NOT_LR)
        && !args.isEmpty()
        && w.has("option.vce." + args.get(0))) {
      args.set(0, w.get("option.vce." + args.get(0)));
    }
    String key = "note." + note.code();
    if (counted && note.args().get(0).equals("1") && w.has(key + ".one")) {
      key += ".one";
    }
    return w.format(key, args.toArray());
  }
}
