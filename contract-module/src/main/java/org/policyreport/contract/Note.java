package org.policyreport.contract;

import java.util.List;

/**
 * A note for the reader about one result, as a code and its arguments rather than a sentence: the
 * report words it from {@code note.<code>} in the language's messages, so a Korean report shows
 * Korean notes. Arguments are plain strings (counts as digits, names as written in the data).
 *
 * @param code one of the {@link NoteCode} constants
 * @param args the values the wording puts in its {0}, {1}, ... places
 */
public record Note(String code, List<String> args) {

  public Note {
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A note with {@code args} written as strings (numbers with {@link String#valueOf}). */
  public static Note of(String code, Object... args) {
    return new Note(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
