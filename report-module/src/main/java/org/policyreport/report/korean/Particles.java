package org.policyreport.report.korean;

import java.util.Map;

/**
 * Korean particles that depend on whether the preceding word ends in a consonant (은/는, 이/가, 을/를,
 * 과/와, 으로/로, 이다/다, 이었다/였다, 이고/고, 이며/며). The word is read as it is spoken: a parenthetical at its
 * end is looked through ("성장률(%)" is read as "성장률"), digits as Korean numbers (3 삼, 6 육, 10 십), and
 * the usual endings of figures as their words (% 퍼센트, %p 퍼센트포인트), so that "3.0%" takes 는 and "13"
 * takes 은.
 */
public final class Particles {
  /** Whether each digit, read as a Korean number, ends in a consonant (영, 일, 이, 삼, ...). */
  private static final boolean[] DIGIT_FINAL = {
    true, true, false, true, false, false, true, true, true, false
  };

  /** Latin letters whose English names end in a consonant sound (el, em, en, ar). */
  private static final String LATIN_FINAL = "lmnrLMNR";

  private static final Map<String, String> PAIRS =
      Map.of(
          "은/는", "은는",
          "이/가", "이가",
          "을/를", "을를",
          "과/와", "과와",
          "으로/로", "으로로",
          "이다/다", "이다다",
          "이었다/였다", "이었다였다",
          "이고/고", "이고고",
          "이며/며", "이며며");

  private Particles() {}

  /** {@code word} followed by the form of {@code pair} ("이/가") that agrees with it. */
  public static String attach(String word, String pair) {
    return word + choose(word, pair);
  }

  /**
   * The form of {@code pair} ("은/는", "이/가", "을/를", "과/와", "으로/로", "이었다/였다") that follows {@code
   * word}.
   */
  public static String choose(String word, String pair) {
    String[] forms = pair.split("/");
    if (forms.length != 2 || !PAIRS.containsKey(pair)) {
      throw new IllegalArgumentException("not a Korean particle pair: '" + pair + "'");
    }
    Final f = finalSound(word);
    if (pair.equals("으로/로")) {
      return f == Final.CONSONANT ? forms[0] : forms[1];
    }
    return f == Final.VOWEL ? forms[1] : forms[0];
  }

  private enum Final {
    VOWEL,
    CONSONANT,
    /** ㄹ: a consonant, but it takes 로 rather than 으로. */
    RIEUL
  }

  private static Final finalSound(String word) {
    String w = lookThrough(word.strip());
    if (w.endsWith("%p")) {
      return Final.VOWEL; // 퍼센트포인트
    }
    if (w.isEmpty()) {
      return Final.VOWEL;
    }
    char c = w.charAt(w.length() - 1);
    if (c >= 0xAC00 && c <= 0xD7A3) {
      int jong = (c - 0xAC00) % 28;
      return jong == 0 ? Final.VOWEL : jong == 8 ? Final.RIEUL : Final.CONSONANT;
    }
    if (c >= '0' && c <= '9') {
      return numberFinal(w);
    }
    if (c == '%') {
      return Final.VOWEL; // 퍼센트
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (c == 'l' || c == 'L') {
        return Final.RIEUL;
      }
      return LATIN_FINAL.indexOf(c) >= 0 ? Final.CONSONANT : Final.VOWEL;
    }
    return Final.VOWEL;
  }

  /**
   * The word without trailing parentheticals, brackets, quotes and punctuation: the particle agrees
   * with what is read aloud before them.
   */
  private static String lookThrough(String w) {
    String s = w;
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      char last = s.charAt(s.length() - 1);
      int open = -1;
      if (last == ')') {
        open = matching(s, '(', ')');
      } else if (last == ']') {
        open = matching(s, '[', ']');
      } else if (last == '’' || last == '”' || last == '\'' || last == '"' || last == '.') {
        s = s.substring(0, s.length() - 1).strip();
        changed = true;
        continue;
      }
      if (open > 0) {
        s = s.substring(0, open).strip();
        changed = true;
      }
    }
    return s;
  }

  private static int matching(String s, char open, char close) {
    int depth = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == close) {
        depth++;
      } else if (c == open && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How a number ending the word is read: the last non-zero digit of its integer part, or the place
   * word of its trailing zeros (10 십, 100 백, 1,000 천, 10,000 만: all end in a consonant). A decimal
   * part is read digit by digit ("3.05" 삼 점 영 오), so its last digit decides.
   */
  private static Final numberFinal(String w) {
    int end = w.length();
    int start = end;
    while (start > 0
        && (Character.isDigit(w.charAt(start - 1))
            || w.charAt(start - 1) == ','
            || w.charAt(start - 1) == '.')) {
      start--;
    }
    String n = w.substring(start, end).replace(",", "");
    if (n.contains(".")) {
      return digit(n.charAt(n.length() - 1) - '0');
    }
    int zeros = 0;
    for (int i = n.length() - 1; i >= 0 && n.charAt(i) == '0'; i--) {
      zeros++;
    }
    if (zeros == 0 || zeros == n.length()) {
      return digit(n.charAt(n.length() - 1) - '0');
    }
    return Final.CONSONANT; // 십, 백, 천, 만, 억: all end in a consonant
  }

  /** 영 일 이 삼 사 오 육 칠 팔 구. */
  private static Final digit(int d) {
    if (d == 1 || d == 7 || d == 8) {
      return Final.RIEUL;
    }
    return DIGIT_FINAL[d] ? Final.CONSONANT : Final.VOWEL;
  }
}
