package org.policyreport.analysis.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.analysis.data.CsvReader;
import org.policyreport.analysis.data.DataTable;
import org.policyreport.contract.Coefficient;
import org.policyreport.contract.InputException;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.NoteCode;

/** Input rules and special cases of the count models, on small tables and on quine. */
class CountInputRulesTest extends QuineReference {

  private static DataTable csv(String text) {
    return CsvReader.read("t", text.getBytes(StandardCharsets.UTF_8), "counts.csv");
  }

  private static ModelResult fit(String yaml, DataTable table) {
    return new CountModelRunner().fit(spec(yaml), null, table);
  }

  @Test
  void rejectsNegativeCounts() {
    DataTable t = csv("y,x\n1,0.5\n-2,1.5\n3,2\n");
    assertThatThrownBy(() -> fit("{id: m, estimator: poisson, dependent: y, regressors: [x]}", t))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("counts.csv line 3, column 1 (y)")
        .hasMessageContaining("negative");
  }

  @Test
  void rejectsNonIntegerCounts() {
    DataTable t = csv("x,y\n0.5,1\n1.5,2\n2,2.5\n");
    assertThatThrownBy(() -> fit("{id: m, estimator: nb2, dependent: y, regressors: [x]}", t))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("counts.csv line 4, column 2 (y)")
        .hasMessageContaining("2.5 is not a whole number");
  }

  @Test
  void rejectsCountsBeyondTheWholeNumbersADoubleHolds() {
    DataTable t = csv("y,x\n1,0.5\n1e150,1.5\n3,2\n");
    assertThatThrownBy(() -> fit("{id: m, estimator: nb2, dependent: y, regressors: [x]}", t))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("counts.csv line 3, column 1 (y): count 1.0E150 is too large");
  }

  @Test
  void dropsCollinearRegressorWithNote() {
    ModelResult full =
        fit("{id: m, estimator: nb2, dependent: Days, regressors: [EthN, SexM, AgeF1]}");
    DataTable q = quine();
    double[] eth = q.numeric("EthN");
    double[] sex = q.numeric("SexM");
    double[] combo = new double[eth.length];
    double[] constant = new double[eth.length];
    for (int i = 0; i < eth.length; i++) {
      combo[i] = 2 * eth[i] - sex[i];
      constant[i] = 3;
    }
    java.util.Map<String, double[]> cols = new java.util.LinkedHashMap<>();
    cols.put("Days", q.numeric("Days"));
    cols.put("EthN", eth);
    cols.put("SexM", sex);
    cols.put("Combo", combo);
    cols.put("Three", constant);
    cols.put("AgeF1", q.numeric("AgeF1"));
    ModelResult r =
        fit(
            "{id: m, estimator: nb2, dependent: Days, regressors: [EthN, SexM, Combo, Three, AgeF1]}",
            DataTable.ofNumeric("q", cols));
    assertThat(r.notes())
        .contains(
            Note.of(NoteCode.OMITTED_COLLINEAR, "Combo"),
            Note.of(NoteCode.OMITTED_COLLINEAR, "Three"));
    assertThat(r.coefficient("Combo")).isNull();
    assertThat(r.coefficient("Three")).isNull();
    for (Coefficient c : full.coefficients()) {
      assertThat(r.coefficient(c.equation(), c.term()).coef()).isCloseTo(c.coef(), within(1e-9));
    }
  }

  @Test
  void exposureEqualsLoggedOffset() {
    DataTable q = quine();
    double[] days = q.numeric("Days");
    double[] expo = new double[days.length];
    double[] logExpo = new double[days.length];
    for (int i = 0; i < days.length; i++) {
      expo[i] = 0.5 + (i % 7) * 0.25;
      logExpo[i] = Math.log(expo[i]);
    }
    java.util.Map<String, double[]> cols = new java.util.LinkedHashMap<>();
    cols.put("Days", days);
    cols.put("EthN", q.numeric("EthN"));
    cols.put("SexM", q.numeric("SexM"));
    cols.put("expo", expo);
    cols.put("lexpo", logExpo);
    DataTable t = DataTable.ofNumeric("q", cols);
    for (String est : new String[] {"poisson", "nb2", "gnbreg"}) {
      String base =
          "{id: m, estimator: "
              + est
              + ", dependent: Days, regressors: [EthN, SexM]"
              + (est.equals("gnbreg") ? ", dispersion: [EthN]" : "");
      ModelResult a = fit(base + ", exposure: expo}", t);
      ModelResult b = fit(base + ", offset: lexpo}", t);
      ModelResult none = fit(base + "}", t);
      assertThat(a.logLikelihood()).isCloseTo(b.logLikelihood(), within(1e-9));
      for (Coefficient c : a.coefficients()) {
        Coefficient d = b.coefficient(c.equation(), c.term());
        assertThat(d.coef()).as(est + " " + c.term()).isCloseTo(c.coef(), within(1e-9));
        assertThat(d.se()).isCloseTo(c.se(), within(1e-9));
      }
      assertThat(a.coefficient("_cons").coef())
          .isNotCloseTo(none.coefficient("_cons").coef(), within(1e-3));
    }
  }

  @Test
  void reportsNonConvergenceInsteadOfThrowing() {
    ModelResult r =
        fit(
            "{id: m, estimator: gnbreg, dependent: Days, maxIterations: 1, dispersion: [EthN, SexM], regressors: "
                + REGRESSORS
                + "}");
    assertThat(r.converged()).isFalse();
    assertThat(r.iterations()).isEqualTo(1);
    assertThat(r.gradientNorm()).isPositive();
    assertThat(r.notes()).anyMatch(n -> n.code().equals(NoteCode.NOT_CONVERGED));
  }

  @Test
  void rejectsDispersionRegressorsOutsideGnbreg() {
    assertThatThrownBy(
            () ->
                new CountModelRunner()
                    .validate(spec("{id: m, estimator: nb2, dependent: Days, dispersion: [EthN]}")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("models[0].dispersion");
  }

  @Test
  void requiresClusterColumnForClusterVce() {
    assertThatThrownBy(
            () ->
                new CountModelRunner()
                    .validate(spec("{id: m, estimator: nb2, dependent: Days, vce: cluster}")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("models[0].cluster");
  }

  @Test
  void robustSandwichDiffersFromOimButKeepsEstimates() {
    ModelResult oim =
        fit("{id: m, estimator: nb2, dependent: Days, regressors: " + REGRESSORS + "}");
    ModelResult rob =
        fit(
            "{id: m, estimator: nb2, dependent: Days, vce: robust, regressors: "
                + REGRESSORS
                + "}");
    assertThat(rob.seType()).isEqualTo("robust");
    assertThat(rob.coefficient("EthN").coef()).isEqualTo(oim.coefficient("EthN").coef());
    assertThat(rob.coefficient("EthN").se())
        .isNotCloseTo(oim.coefficient("EthN").se(), within(1e-4));
  }

  @Test
  void fitsAreReproducibleBitForBit() {
    ModelResult a =
        fit(
            "{id: m, estimator: gnbreg, dependent: Days, dispersion: [EthN], regressors: "
                + REGRESSORS
                + "}");
    ModelResult b =
        fit(
            "{id: m, estimator: gnbreg, dependent: Days, dispersion: [EthN], regressors: "
                + REGRESSORS
                + "}");
    assertThat(a.coefficients()).isEqualTo(b.coefficients());
  }
}
