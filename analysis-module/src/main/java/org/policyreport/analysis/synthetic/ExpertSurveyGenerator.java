package org.policyreport.analysis.synthetic;

/**
 * Writes the synthetic expert survey ({@code data/expert_survey.csv}): importance and current
 * performance of twelve policy items on a 1-5 scale from a latent-trait model documented in {@code
 * data/README.md}.
 */
public final class ExpertSurveyGenerator {
  public static final long SEED = 20240918L;
  static final int RESPONDENTS = 150;
  static final double NON_RESPONSE = 0.015;

  static final String[] GROUPS = {
    "central_government", "local_government", "research_institute", "university", "business"
  };
  static final double[] GROUP_WEIGHTS = {0.14, 0.30, 0.20, 0.22, 0.14};
  static final double[] GROUP_PERFORMANCE_SHIFT = {0.35, 0.15, 0.0, -0.15, -0.35};
  static final double IMPORTANCE_TRAIT = 0.55;
  static final double PERFORMANCE_TRAIT = 0.65;
  static final double TRAIT_CORRELATION = 0.4;
  static final double ANSWER_NOISE = 0.75;

  private ExpertSurveyGenerator() {}

  /** The CSV text (UTF-8, LF line ends, header first) for {@code seed}. */
  public static String generate(long seed) {
    SeededRandom rng = new SeededRandom(seed);
    StringBuilder out = new StringBuilder("respondent,group,region");
    for (SurveyItem item : SurveyItem.ALL) {
      out.append(",imp_").append(item.id());
    }
    for (SurveyItem item : SurveyItem.ALL) {
      out.append(",perf_").append(item.id());
    }
    out.append('\n');
    double[] regionWeights = new double[Region.ALL.size()];
    for (int r = 0; r < regionWeights.length; r++) {
      regionWeights[r] = StrictMath.sqrt(Region.ALL.get(r).population0());
    }
    int k = SurveyItem.ALL.size();
    for (int i = 1; i <= RESPONDENTS; i++) {
      int g = rng.categorical(GROUP_WEIGHTS);
      String group = GROUPS[g];
      String region;
      if (group.equals("central_government")
          || (group.equals("research_institute") && rng.uniform() < 0.3)) {
        region = "national";
      } else {
        region = Region.ALL.get(rng.categorical(regionWeights)).en();
      }
      double theta = rng.normal();
      double phi =
          TRAIT_CORRELATION * theta
              + StrictMath.sqrt(1 - TRAIT_CORRELATION * TRAIT_CORRELATION) * rng.normal();
      String[] importance = new String[k];
      String[] performance = new String[k];
      for (int j = 0; j < k; j++) {
        SurveyItem item = SurveyItem.ALL.get(j);
        double latentI =
            item.importance()
                + importanceShift(group, item)
                + IMPORTANCE_TRAIT * theta
                + ANSWER_NOISE * rng.normal();
        double latentP =
            item.performance()
                + GROUP_PERFORMANCE_SHIFT[g]
                + PERFORMANCE_TRAIT * phi
                + ANSWER_NOISE * rng.normal();
        importance[j] = rng.uniform() < NON_RESPONSE ? "" : Integer.toString(likert(latentI));
        performance[j] = rng.uniform() < NON_RESPONSE ? "" : Integer.toString(likert(latentP));
      }
      out.append(String.format(java.util.Locale.ROOT, "E%03d", i))
          .append(',')
          .append(group)
          .append(',')
          .append(region);
      for (String s : importance) {
        out.append(',').append(s);
      }
      for (String s : performance) {
        out.append(',').append(s);
      }
      out.append('\n');
    }
    return out.toString();
  }

  static double importanceShift(String group, SurveyItem item) {
    if (item.theme().equals("fiscal")) {
      if (group.equals("local_government")) {
        return 0.4;
      }
      if (group.equals("central_government")) {
        return -0.4;
      }
    }
    if (item.theme().equals("business") && group.equals("business")) {
      return 0.5;
    }
    return 0.0;
  }

  /** Rounds half up to the nearest category and clamps to 1..5. */
  static int likert(double latent) {
    return (int) Math.max(1, Math.min(5, StrictMath.floor(latent + 0.5)));
  }
}
