package org.policyreport.analysis.survey;

import java.util.List;
import org.policyreport.analysis.inference.Reference;
import org.policyreport.analysis.inference.Tails;

/** The two tests the survey needs: the paired t test of a gap and the one-way ANOVA F test. */
final class Significance {
  private Significance() {}

  /** Paired t test of the mean difference; null statistic when the differences have no variance. */
  record PairedT(double meanDifference, Double sd, Double t, Double p, Integer df) {}

  static PairedT pairedT(double[] differences) {
    int n = differences.length;
    double mean = Reliability.mean(differences);
    if (n < 2) {
      return new PairedT(mean, null, null, null, null);
    }
    double ss = 0;
    for (double d : differences) {
      ss += (d - mean) * (d - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    if (!(sd > 0)) {
      return new PairedT(mean, sd, null, null, n - 1);
    }
    double t = mean / (sd / Math.sqrt(n));
    return new PairedT(mean, sd, t, Reference.t(n - 1).twoSidedP(t), n - 1);
  }

  /** One-way ANOVA; groups without observations are ignored. */
  record Anova(Double f, int df1, int df2, Double p) {}

  static Anova oneWay(List<double[]> groups) {
    int g = 0;
    int n = 0;
    double total = 0;
    for (double[] x : groups) {
      if (x.length > 0) {
        g++;
        n += x.length;
        for (double v : x) {
          total += v;
        }
      }
    }
    int df1 = g - 1;
    int df2 = n - g;
    if (df1 < 1 || df2 < 1) {
      return new Anova(null, Math.max(df1, 0), Math.max(df2, 0), null);
    }
    double grand = total / n;
    double between = 0;
    double within = 0;
    for (double[] x : groups) {
      if (x.length == 0) {
        continue;
      }
      double m = Reliability.mean(x);
      between += x.length * (m - grand) * (m - grand);
      for (double v : x) {
        within += (v - m) * (v - m);
      }
    }
    if (!(within > 0)) {
      return new Anova(null, df1, df2, null);
    }
    double f = (between / df1) / (within / df2);
    double p = Tails.f(f, df1, df2);
    return new Anova(f, df1, df2, p);
  }
}
