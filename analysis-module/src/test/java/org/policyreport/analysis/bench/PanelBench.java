package org.policyreport.analysis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.policyreport.analysis.panel.Estimates;
import org.policyreport.analysis.panel.Fgls;
import org.policyreport.analysis.panel.PanelData;
import org.policyreport.analysis.panel.RandomEffects;

/**
 * Times the random-effects and the FGLS (heteroskedastic panels, AR(1)) fits on a synthetic panel
 * of 10,000 units x 20 periods x 10 regressors, and writes the data as CSV for the R comparison
 * (bench/panel_bench.R). Usage: {@code PanelBench [csv-path] [repetitions]}. Prints the fastest of
 * the repetitions after two warm-up fits; no assertion, the numbers go into the README.
 */
public final class PanelBench {
  private PanelBench() {}

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args.length > 0 ? args[0] : "target/panel_bench.csv");
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    PanelSimulation.Sample s =
        PanelSimulation.generate(
            new PanelSimulation.Design(10_000, 20, 10, 1.0, 0.5, 0.5, 2.0, 20240611L));
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    s.writeCsv(csv);
    System.out.printf(
        Locale.ROOT,
        "data: %d units x %d periods x %d regressors = %d rows -> %s%n",
        10_000,
        20,
        10,
        s.y().length,
        csv);
    PanelData data = s.toPanelData();
    Estimates re = time("re (Swamy-Arora)", reps, () -> new RandomEffects().fit(data).estimates());
    Estimates fgls =
        time(
            "fgls (panels hetero, corr ar1)",
            reps,
            () ->
                new Fgls(Fgls.Options.of(Fgls.PanelVariance.HETEROSKEDASTIC, Fgls.Correlation.AR1))
                    .fit(data)
                    .estimates());
    timeRunner(s, reps);
    print("re", re);
    print("fgls", fgls);
  }

  /**
   * The same fits through the pipeline's runner, as a user's config runs them: panel indexing of
   * the table, gap check, the fit, and the diagnostics each model carries (Hausman, LM, ...).
   */
  private static void timeRunner(PanelSimulation.Sample s, int reps) {
    java.util.Map<String, double[]> cols = new java.util.LinkedHashMap<>();
    int t = s.design().periods();
    double[] unit = new double[s.y().length];
    double[] period = new double[s.y().length];
    for (int r = 0; r < unit.length; r++) {
      unit[r] = r / t + 1;
      period[r] = r % t + 1;
    }
    cols.put("unit", unit);
    cols.put("period", period);
    cols.put("y", s.y());
    for (int j = 0; j < s.x().length; j++) {
      cols.put(s.names().get(j), s.x()[j]);
    }
    org.policyreport.analysis.data.DataTable table =
        org.policyreport.analysis.data.DataTable.ofNumeric("bench", cols);
    org.policyreport.contract.config.ConfigNode none =
        new org.policyreport.contract.config.ConfigNode(null, "bench.yaml", "data.bench");
    org.policyreport.analysis.config.DataSourceSpec source =
        new org.policyreport.analysis.config.DataSourceSpec(
            "bench", "bench.csv", "unit", "period", false, none);
    org.policyreport.analysis.panel.PanelModelRunner runner =
        new org.policyreport.analysis.panel.PanelModelRunner();
    com.fasterxml.jackson.databind.node.ObjectNode re =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    com.fasterxml.jackson.databind.node.ObjectNode fgls =
        re.deepCopy().put("panels", "hetero").put("corr", "ar1");
    for (String[] m :
        new String[][] {
          {"re", "runner: re + Hausman + BP LM"},
          {"fgls", "runner: fgls + Wald, Wooldridge, Hausman"}
        }) {
      com.fasterxml.jackson.databind.node.ObjectNode node = m[0].equals("re") ? re : fgls;
      org.policyreport.analysis.config.ModelSpec spec =
          new org.policyreport.analysis.config.ModelSpec(
              m[0],
              m[0],
              null,
              "bench",
              "y",
              s.names(),
              new org.policyreport.contract.config.ConfigNode(
                  node, "bench.yaml", "models." + m[0]));
      time(
          m[1],
          reps,
          () -> {
            runner.fit(spec, source, table);
            return null;
          });
    }
  }

  private static Estimates time(String what, int reps, Supplier<Estimates> fit) {
    Estimates out = fit.get();
    fit.get();
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      out = fit.get();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(Locale.ROOT, "%-42s fit time %.3f s (best of %d)%n", what, best, reps);
    return out;
  }

  private static void print(String model, Estimates e) {
    StringBuilder b = new StringBuilder(model + " coefficients:");
    for (int i = 0; i < e.terms().size(); i++) {
      b.append(String.format(Locale.ROOT, " %s=%.10g", e.terms().get(i), e.coef().get(i)));
    }
    System.out.println(b);
  }
}
